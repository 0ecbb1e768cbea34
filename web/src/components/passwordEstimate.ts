// How hard a password is to guess, for the live hint beside a new password: zxcvbn-ts, the same
// method as the server's libzxcvbn (server/src/domain/password_strength.cpp; the server's verdict
// is the one that counts), with the same common Norwegian passwords and the user's own words.
// Both sides run the cases in shared/password_cases.json. The estimator and its word lists are
// loaded only when asked for, so the main bundle does not carry them.

export type Estimate = { score: number; warning: string };
export type Estimator = (password: string, userInputs: string[]) => Estimate;

/** zxcvbn's scale is 0–4; Husly asks for at least 3 («Sterkt»). */
export const minimumScore = 3;

// Common Norwegian passwords and their parts, which the English lists do not hold: the server's
// list (norwegian_common_words in password_strength.cpp), word for word.
export const norwegianCommonWords = [
  "passord",
  "passordet",
  "hemmelig",
  "hemmelighet",
  "velkommen",
  "sommer",
  "vinter",
  "høst",
  "hosten",
  "våren",
  "sommerferie",
  "julaften",
  "jul",
  "påske",
  "syttendemai",
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
  "mandag",
  "tirsdag",
  "onsdag",
  "torsdag",
  "fredag",
  "lørdag",
  "søndag",
  "norge",
  "noreg",
  "oslo",
  "bergen",
  "trondheim",
  "stavanger",
  "tromsø",
  "bodø",
  "kristiansand",
  "drammen",
  "fredrikstad",
  "rosenborg",
  "brann",
  "vålerenga",
  "molde",
  "lillestrøm",
  "fotball",
  "jegelskerdeg",
  "elskerdeg",
  "kjæreste",
  "kjærlighet",
  "familie",
  "hjemme",
  "hallo",
  "heisann",
  "hei",
  "takk",
  "tusentakk",
  "bamse",
  "katten",
  "hunden",
  "mamma",
  "pappa",
  "nordmann",
  "ola",
  "kari",
  "nav",
  "husly",
  "bruker",
  "brukernavn",
  "veileder",
  "leder",
  "admin",
  "administrator",
  "kontor",
  "fjell",
  "fjord",
  "snø",
  "sol",
  "qwerty",
  "asdfgh",
  "zxcvbn",
  "abc123",
  "qwertyuiopå",
  "æøå",
];

/** The parts of the user's own words (e-mail address, name) worth matching, as the server takes
 * them: each whole, and its pieces split at separators, of three letters or more, in lower case. */
export function personalPieces(words: string[]): string[] {
  const pieces: string[] = [];
  for (const word of words) {
    const lower = word.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (lower.length >= 3) pieces.push(lower);
    for (const piece of lower.split(/[ .@\-_+]/)) if (piece.length >= 3) pieces.push(piece);
  }
  return pieces;
}

let loading: Promise<Estimator> | null = null;

export function loadEstimator(): Promise<Estimator> {
  loading ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([core, common]) => {
      const factory = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, norsk: norwegianCommonWords },
        graphs: common.adjacencyGraphs,
      });
      return (password: string, userInputs: string[]) => {
        const result = factory.check(password, personalPieces(userInputs));
        return { score: result.score, warning: warningText(result.feedback.warning ?? "") };
      };
    },
  );
  return loading;
}

// zxcvbn-ts's warnings are keys such as "commonNames"; say them in Norwegian.
function warningText(warning: string): string {
  if (!warning) return "";
  if (/repeat/i.test(warning)) return "Gjentatte tegn eller ord er lette å gjette.";
  if (/sequence/i.test(warning)) return "Rekkefølger som «1234» eller «abcd» er lette å gjette.";
  if (/key|straightRow/i.test(warning)) return "Tastaturmønstre som «qwerty» er lette å gjette.";
  if (/date|year/i.test(warning)) return "Datoer og årstall er lette å gjette.";
  if (/name|userInputs/i.test(warning)) return "Navn og e-postadresser er lette å gjette.";
  return "Vanlige ord og passord er lette å gjette.";
}
