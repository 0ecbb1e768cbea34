import { Loader } from "@navikt/ds-react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom";
import { useSession } from "./auth/session";
import { Shell } from "./components/Shell";
import { HomePage } from "./pages/HomePage";
import { ChangePasswordPage } from "./pages/ChangePasswordPage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { AdminPage } from "./pages/admin/AdminPage";
import { AuditPanel } from "./pages/admin/AuditPanel";
import { OfficesPanel } from "./pages/admin/OfficesPanel";
import { UsersPanel } from "./pages/admin/UsersPanel";
import { NewRequestPage } from "./pages/requests/new/NewRequestPage";
import { RequestPage } from "./pages/requests/RequestPage";
import { RequestsPage } from "./pages/requests/RequestsPage";
import { StayPage } from "./pages/stays/StayPage";
import { StaysPage } from "./pages/stays/StaysPage";
import { WaitingListPage } from "./pages/WaitingListPage";
import { DeviationsPage } from "./pages/DeviationsPage";
import { FiguresPage } from "./pages/figures/FiguresPage";
import { ProviderPage } from "./pages/accommodation/ProviderPage";
import { AccommodationPage } from "./pages/accommodation/AccommodationPage";
import { UnitPage } from "./pages/accommodation/UnitPage";
import { CodesProvider } from "./api/codes";
import { ResponsePage } from "./pages/survey/ResponsePage";
import { RoundPage } from "./pages/survey/RoundPage";
import { SurveyPage } from "./pages/survey/SurveyPage";

export function App() {
  const { state } = useSession();
  if (state.status === "loading") return <Loader size="3xlarge" title="Laster Husly" />;
  if (state.status === "anonymous") return <LoginPage />;
  // A password an administrator set: nothing else until the user has chosen their own.
  if (state.me.mustChangePassword) return <ChangePasswordPage required />;
  return (
    <CodesProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<HomePage />} />
            <Route path="henvendelser" element={<RequestsPage />} />
            <Route path="henvendelser/ny" element={<NewRequestPage />} />
            <Route path="henvendelser/:requestId" element={<RequestPage />} />
            <Route path="opphold" element={<StaysPage />} />
            <Route path="opphold/:stayId" element={<StayPage />} />
            <Route path="venteliste" element={<WaitingListPage />} />
            <Route path="botilbud" element={<AccommodationPage />} />
            <Route path="botilbud/tilbydere/:providerId" element={<ProviderPage />} />
            <Route path="botilbud/enheter/:unitId" element={<UnitPage />} />
            <Route path="avvik" element={<DeviationsPage />} />
            <Route path="statistikk" element={<FiguresPage />} />
            <Route path="undersokelse" element={<SurveyPage />} />
            <Route path="undersokelse/runder/:roundId" element={<RoundPage />} />
            <Route path="undersokelse/svar/:responseId" element={<ResponsePage />} />
            <Route path="bytt-passord" element={<ChangePasswordPage />} />
            <Route path="administrasjon" element={<AdminPage />}>
              <Route index element={<Navigate to="brukere" replace />} />
              <Route path="brukere" element={<UsersPanel />} />
              <Route path="kontorer" element={<OfficesPanel />} />
              <Route path="revisjonslogg" element={<AuditPanel />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </CodesProvider>
  );
}
