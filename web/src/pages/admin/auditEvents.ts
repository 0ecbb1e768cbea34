// The audit log's events and records in plain Norwegian, for the administrator's log page. The
// server writes the events as codes ("request.list"); every code it writes has its words here
// (auditEvents.test.ts reads the server's sources and fails on one that has none).

/** What happened, in words: one row per event code the server writes. */
export const auditEventNames: Record<string, string> = {
  "agreement.create": "Registrerte kvalitetsavtale",
  "audit.read": "Leste revisjonsloggen",
  "audit.verify": "Kontrollerte revisjonsloggen",
  "auth.login": "Logget inn",
  "auth.login_failed": "Mislykket innlogging",
  "auth.login_refused": "Innlogging avvist (kontoen er låst)",
  "auth.logout": "Logget ut",
  "auth.password_change": "Byttet passord",
  "auth.password_change_failed": "Mislykket passordbytte (feil nåværende passord)",
  "auth.switch_office": "Byttet kontor",
  "decision.appeal": "Registrerte klage på vedtak",
  "decision.appeal_dismissal_letter": "Hentet brev om avvist klage",
  "decision.appeal_late_assessment": "Vurderte for sen klage (fvl. § 31)",
  "decision.appeal_result": "Registrerte utfall av klage",
  "decision.delivery": "Registrerte hvordan vedtaket ble gitt",
  "decision.create": "Opprettet vedtak",
  "decision.decide": "Fattet vedtak",
  "child_assessment.raise":
    "Barnefamilie plassert: vurdering av barnets beste og barnevern ble reist",
  "child_assessment.read": "Åpnet vurdering av barnets beste og barnevern",
  "child_assessment.record": "Registrerte vurdering av barnets beste og barnevern",
  "decision.letter": "Hentet vedtaksbrev",
  "decision.letter_draft": "Så utkast til vedtaksbrev",
  "decision.place_change": "Fattet vedtak om endring av sted",
  "decision.place_change_letter": "Hentet brev om endring av sted",
  "decision.read": "Åpnet vedtak",
  "decision.return": "Sendte vedtak tilbake til saksbehandler",
  "decision.submit": "Sendte vedtak til godkjenning",
  "decision.update": "Endret vedtak",
  "deviation.close": "Lukket avvik",
  "deviation.create": "Registrerte avvik",
  "deviation.export": "Lastet ned avvik til kommunen",
  "deviation.list": "Så listen over avvik",
  "deviation.raise": "Avvik oppstod",
  "deviation.report": "Meldte avvik til kommunen",
  "figures.export": "Lastet ned tall",
  "incident.exit": "Registrerte utflytting etter hendelse hos tilbyder",
  "incident.follow_up": "Fulgte opp hendelse meldt av tilbyder",
  "incident.list": "Så liste over hendelser fra tilbydere",
  "incident.read": "Åpnet hendelse meldt av tilbyder",
  "incident.report": "Meldte hendelse hos tilbyder",
  "inspection.create": "Registrerte tilsyn",
  "office.budget": "Endret kontorets budsjett",
  "office.create": "Opprettet kontor",
  "office.update": "Endret kontor",
  "password.reset_approved": "Godkjente nytt passord for en bruker",
  "password.reset_refused": "Avslo nytt passord for en bruker",
  "password.reset_requested": "Ba om nytt passord for en bruker",
  "person.anonymise": "Anonymiserte person (sletting etter oppbevaringstid)",
  "person.copy": "Laget innsynskopi til personen",
  "person.create": "Registrerte person",
  "person.link": "Knyttet person til kontoret",
  "person.lookup": "Slo opp fødselsnummer",
  "person.read": "Åpnet person",
  "person.representative_removed": "Fjernet fullmektig",
  "person.representative_set": "Registrerte fullmektig",
  "person.search": "Søkte etter person",
  "placement.cancel": "Avbestilte plass",
  "placement.change": "Endret bestilling",
  "placement.check_in": "Sjekket inn",
  "placement.check_out": "Sjekket ut",
  "placement.confirm": "Tilbyder bekreftet bestilling",
  "placement.create": "Bestilte plass",
  "placement.decline": "Tilbyder avviste bestilling",
  "placement.extend": "Forlenget plass",
  "placement.list": "Så listen over bestillinger",
  "placement.move_out": "Flyttet fra plass",
  "placement.provider_list": "Tilbyder så sine bestillinger",
  "provider.create": "Registrerte botilbud",
  "provider.staff_add": "La til ansatt hos tilbyder",
  "provider.staff_remove": "Fjernet ansatt hos tilbyder",
  "provider.update": "Endret botilbud",
  "request.create": "Registrerte henvendelse",
  "request.list": "Så liste over henvendelser",
  "request.outcome": "Avsluttet henvendelse",
  "cash_assistance.record": "Fattet vedtak om penger til overnatting (§ 18)",
  "cash_assistance.list": "Så vedtak om penger til overnatting (§ 18)",
  "cash_assistance.letter": "Lastet ned brev om penger til overnatting (§ 18)",
  "cash_assistance.delivery":
    "Registrerte hvordan vedtaket om penger til overnatting (§ 18) ble gitt",
  "request.place_search": "Søkte etter plass",
  "request.read": "Åpnet henvendelse",
  "request.revisions": "Så endringshistorikken til en henvendelse",
  "request.search": "Søkte etter henvendelse",
  "request.update": "Endret henvendelse",
  "role.grant_approved": "Godkjente rolle",
  "role.grant_refused": "Avslo rolle",
  "role.grant_requested": "Ba om rolle for en bruker",
  "security.bulk_lookup": "Sikkerhetsvarsel: mange oppslag på fødselsnummer",
  "stay.action_plan": "Lagret handlingsplan",
  "stay.after_care": "Lagret ettervern",
  "stay.agreement": "Lagret avtale om oppholdet",
  "stay.appointments": "Lagret møter",
  "stay.breach": "Registrerte brudd på husregler",
  "stay.cost": "Så kostnaden for et opphold",
  "stay.create": "Registrerte innflytting",
  "stay.exit": "Registrerte utflytting",
  "stay.extend": "Forlenget opphold med nytt vedtak",
  "stay.list": "Så liste over opphold",
  "stay.note": "Skrev journalnotat",
  "stay.own_payment": "Så egenbetalingen for et opphold",
  "stay.read": "Åpnet opphold",
  "stay.terminate": "Vedtak om å avslutte botilbudet",
  "stay.termination_delivery": "Registrerte hvordan vedtaket om stans ble gitt",
  "stay.termination_letter": "Hentet brev om avslutning av botilbud",
  "storage.create": "Registrerte lagring av eiendeler",
  "storage.list": "Så lagring av eiendeler",
  "storage.update": "Endret lagring av eiendeler",
  "survey.export": "Lastet ned svar på undersøkelsen",
  "turnaway.create": "Registrerte at ingen plass ble funnet",
  "turnaway.list": "Så liste over avviste",
  "unit.create": "Registrerte enhet",
  "unit.price_add": "La inn ny pris for enhet",
  "unit.update": "Endret enhet",
  "user.create": "Opprettet bruker",
  "user.update": "Endret bruker",
  "waiting_list.add": "Satte på venteliste",
  "waiting_list.list": "Så ventelisten",
  "waiting_list.move": "Flyttet på ventelisten",
  "waiting_list.offer": "Tilbød plass fra ventelisten",
  "waiting_list.remove": "Tok av ventelisten",
};

/** The kind of record an event concerns, in words («henvendelse 12»). */
export const auditEntityNames: Record<string, string> = {
  agreement: "kvalitetsavtale",
  audit: "revisjonsloggen",
  decision: "vedtak",
  deviation: "avvik",
  inspection: "tilsyn",
  office: "kontor",
  person: "person",
  placement: "bestilling",
  provider: "botilbud",
  request: "henvendelse",
  role_grant: "rolle",
  stay: "opphold",
  storage: "lagring",
  survey_round: "undersøkelse",
  turnaway: "henvendelse",
  unit: "enhet",
  user: "bruker",
  waiting_list: "venteliste",
};

/** «Meldte avvik til kommunen»; an event Husly does not know yet is named as such, never by its code. */
export function describeEvent(action: string): string {
  return auditEventNames[action] ?? "Annen hendelse";
}

/**
 * The record an event concerns: a user by name («Kari Nordmann (bruker)»), another record by its
 * kind and number («henvendelse 12»); empty when the event concerns no single record.
 */
export function describeEntity(
  entityType: string,
  entityId: string,
  userName: (id: number) => string | undefined,
): string {
  if (!entityType && !entityId) return "";
  if (entityType === "user") {
    const name = userName(Number(entityId));
    if (name) return `${name} (bruker)`;
  }
  const kind = auditEntityNames[entityType] ?? "post";
  const text = entityId ? `${kind} ${entityId}` : kind;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
