// The tablet's own words (buttons, messages) in the shipped languages. The questions come from the
// instrument pack in the form response; a pack language without an entry here uses English.
export const languageNames = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' };

const nb = {
  title: 'Vurdering av samtalen',
  language: 'Språk',
  codeHeading: 'Skriv inn koden',
  codeHint: 'Du får en kode på seks tall av personalet.',
  codeLabel: 'Kode',
  next: 'Neste',
  continue: 'Fortsett',
  back: 'Tilbake',
  start: 'Start',
  staffSignIn: 'Innlogging for personalet',
  forYou: 'Dette er til deg, {alias}.',
  notMe: 'Dette er ikke meg',
  notMeMessage: 'Gi nettbrettet tilbake til personalet.',
  decline: 'Jeg vil ikke svare i dag',
  progress: 'Spørsmål {n} av {total}',
  optional: 'Du kan la dette stå tomt.',
  chooseOne: 'Velg ett svar for å gå videre.',
  disclosureHeading: 'Hvem skal se svarene dine?',
  disclosureNow: 'Terapeuten min kan se svarene mine nå.',
  disclosureLater: 'Terapeuten min ser svarene mine bare i den felles oppsummeringen.',
  disclosureHint: 'Svarene brukes uansett til å følge med på hvordan samarbeidet går.',
  reviewHeading: 'Se over svarene dine',
  change: 'Endre',
  noAnswer: 'Ikke svart',
  submit: 'Send inn',
  sending: 'Sender …',
  thanks: 'Takk!',
  thanksSent: 'Svarene dine er mottatt.',
  thanksQueued: 'Svarene dine er lagret på nettbrettet og sendes når nettet er tilbake.',
  declinedThanks: 'Det er helt i orden. Vi har notert at du ikke ville svare i dag.',
  returning: 'Skjermen går tilbake til start om litt.',
  handBack: 'Gi nettbrettet tilbake til personalet.',
  stillThere: 'Er du der fortsatt?',
  stillThereHint: 'Hvis ingen trykker, starter skjermen på nytt snart, og svarene slettes.',
  imHere: 'Ja, jeg er her',
  refused: {
    malformed: 'Koden har seks tall.',
    wrong: 'Koden er ikke riktig. Sjekk den med personalet.',
    used: 'Denne koden er allerede brukt. Be personalet om en ny.',
    expired: 'Denne koden har gått ut. Be personalet om en ny.',
    revoked: 'Denne koden er trukket tilbake. Be personalet om en ny.',
    tooManyAttempts: 'For mange feil koder. Vent litt, eller spør personalet.',
    token: 'Vurderingen er ikke lenger åpen. Be personalet om en ny kode.',
    other: 'Svarene kunne ikke lagres. Si fra til personalet.',
    offline: 'Får ikke kontakt. Prøv igjen om litt.',
  },
};

const nn = {
  ...nb,
  title: 'Vurdering av samtalen',
  language: 'Språk',
  codeHeading: 'Skriv inn koden',
  codeHint: 'Du får ein kode på seks tal av personalet.',
  next: 'Neste',
  back: 'Tilbake',
  staffSignIn: 'Innlogging for personalet',
  forYou: 'Dette er til deg, {alias}.',
  notMe: 'Dette er ikkje meg',
  notMeMessage: 'Gi nettbrettet tilbake til personalet.',
  decline: 'Eg vil ikkje svare i dag',
  progress: 'Spørsmål {n} av {total}',
  optional: 'Du kan la dette stå tomt.',
  chooseOne: 'Vel eitt svar for å gå vidare.',
  disclosureHeading: 'Kven skal sjå svara dine?',
  disclosureNow: 'Terapeuten min kan sjå svara mine no.',
  disclosureLater: 'Terapeuten min ser svara mine berre i den felles oppsummeringa.',
  disclosureHint: 'Svara blir uansett brukte til å følgje med på korleis samarbeidet går.',
  reviewHeading: 'Sjå over svara dine',
  noAnswer: 'Ikkje svart',
  submit: 'Send inn',
  sending: 'Sender …',
  thanks: 'Takk!',
  thanksSent: 'Svara dine er mottekne.',
  thanksQueued: 'Svara dine er lagra på nettbrettet og blir sende når nettet er tilbake.',
  declinedThanks: 'Det er heilt i orden. Vi har notert at du ikkje ville svare i dag.',
  returning: 'Skjermen går tilbake til start om litt.',
  handBack: 'Gi nettbrettet tilbake til personalet.',
  stillThere: 'Er du der framleis?',
  stillThereHint: 'Om ingen trykkjer, startar skjermen på nytt snart, og svara blir sletta.',
  imHere: 'Ja, eg er her',
  refused: {
    malformed: 'Koden har seks tal.',
    wrong: 'Koden er ikkje rett. Sjekk han med personalet.',
    used: 'Denne koden er alt brukt. Be personalet om ein ny.',
    expired: 'Denne koden har gått ut. Be personalet om ein ny.',
    revoked: 'Denne koden er trekt tilbake. Be personalet om ein ny.',
    tooManyAttempts: 'For mange feil kodar. Vent litt, eller spør personalet.',
    token: 'Vurderinga er ikkje lenger open. Be personalet om ein ny kode.',
    other: 'Svara kunne ikkje lagrast. Sei frå til personalet.',
    offline: 'Får ikkje kontakt. Prøv igjen om litt.',
  },
};

const en = {
  title: 'Rating the session',
  language: 'Language',
  codeHeading: 'Enter your code',
  codeHint: 'Staff give you a code of six digits.',
  codeLabel: 'Code',
  next: 'Next',
  continue: 'Continue',
  back: 'Back',
  start: 'Start',
  staffSignIn: 'Staff sign-in',
  forYou: 'This is for you, {alias}.',
  notMe: 'This is not me',
  notMeMessage: 'Please give the tablet back to staff.',
  decline: "I don't want to answer today",
  progress: 'Question {n} of {total}',
  optional: 'You can leave this empty.',
  chooseOne: 'Choose one answer to go on.',
  disclosureHeading: 'Who should see your answers?',
  disclosureNow: 'My therapist can see my answers now.',
  disclosureLater: 'My therapist sees my answers only in the shared summary.',
  disclosureHint: 'Either way, your answers help to follow how the work together is going.',
  reviewHeading: 'Check your answers',
  change: 'Change',
  noAnswer: 'Not answered',
  submit: 'Submit',
  sending: 'Sending …',
  thanks: 'Thank you!',
  thanksSent: 'Your answers have been received.',
  thanksQueued: 'Your answers are saved on this tablet and will be sent when the connection is back.',
  declinedThanks: "That's fine. We have noted that you did not want to answer today.",
  returning: 'The screen goes back to the start in a moment.',
  handBack: 'Please give the tablet back to staff.',
  stillThere: 'Are you still there?',
  stillThereHint: 'If nobody taps, the screen starts again soon and the answers are deleted.',
  imHere: "Yes, I'm here",
  refused: {
    malformed: 'A code has six digits.',
    wrong: 'This code is not right. Check it with staff.',
    used: 'This code has already been used. Ask staff for a new one.',
    expired: 'This code has expired. Ask staff for a new one.',
    revoked: 'This code was withdrawn. Ask staff for a new one.',
    tooManyAttempts: 'Too many wrong codes. Wait a while, or ask staff.',
    token: 'This rating is no longer open. Ask staff for a new code.',
    other: 'The answers could not be saved. Please tell staff.',
    offline: 'No connection. Try again in a moment.',
  },
};

const all = { nb, nn, en };

export function textsFor(language) {
  return all[language] ?? en;
}

export function languageName(tag) {
  if (languageNames[tag]) {
    return languageNames[tag];
  }
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
