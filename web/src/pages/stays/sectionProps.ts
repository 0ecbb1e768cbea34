// What every part of a stay's page is given: the stay, and how to hand back the stay a change
// returned (the page shows it at once).
import type { StayDetail } from "../../api/client";

export interface SectionProps {
  stay: StayDetail;
  onChange: (stay: StayDetail) => void;
}
