import { Loader } from "@navikt/ds-react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom";
import { useSession } from "./auth/session";
import { RequireRole } from "./components/RequireRole";
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
import { IncidentsPage } from "./pages/stays/IncidentsPage";
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
            <Route
              path="henvendelser"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <RequestsPage />
                </RequireRole>
              }
            />
            <Route
              path="henvendelser/ny"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <NewRequestPage />
                </RequireRole>
              }
            />
            <Route
              path="henvendelser/:requestId"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <RequestPage />
                </RequireRole>
              }
            />
            <Route
              path="opphold"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <StaysPage />
                </RequireRole>
              }
            />
            <Route
              path="opphold/:stayId"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <StayPage />
                </RequireRole>
              }
            />
            <Route
              path="venteliste"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <WaitingListPage />
                </RequireRole>
              }
            />
            <Route
              path="botilbud"
              element={
                <RequireRole roles={["veileder", "leder", "tilbyder"]}>
                  <AccommodationPage />
                </RequireRole>
              }
            />
            <Route
              path="botilbud/tilbydere/:providerId"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <ProviderPage />
                </RequireRole>
              }
            />
            <Route
              path="botilbud/enheter/:unitId"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <UnitPage />
                </RequireRole>
              }
            />
            <Route
              path="hendelser"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <IncidentsPage />
                </RequireRole>
              }
            />
            <Route
              path="avvik"
              element={
                <RequireRole roles={["veileder", "leder"]}>
                  <DeviationsPage />
                </RequireRole>
              }
            />
            <Route
              path="statistikk"
              element={
                <RequireRole roles={["leder", "analytiker"]}>
                  <FiguresPage />
                </RequireRole>
              }
            />
            <Route
              path="undersokelse"
              element={
                <RequireRole roles={["veileder", "leder", "analytiker", "administrator"]}>
                  <SurveyPage />
                </RequireRole>
              }
            />
            <Route
              path="undersokelse/runder/:roundId"
              element={
                <RequireRole roles={["veileder", "leder", "analytiker", "administrator"]}>
                  <RoundPage />
                </RequireRole>
              }
            />
            <Route
              path="undersokelse/svar/:responseId"
              element={
                <RequireRole roles={["veileder", "leder", "analytiker", "administrator"]}>
                  <ResponsePage />
                </RequireRole>
              }
            />
            <Route path="bytt-passord" element={<ChangePasswordPage />} />
            <Route
              path="administrasjon"
              element={
                <RequireRole roles={["administrator"]}>
                  <AdminPage />
                </RequireRole>
              }
            >
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
