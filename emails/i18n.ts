/**
 * Wording of Ponte's e-mails in English and Italian, chosen by the notification's locale.
 * `{{name}}`-style placeholders are filled by `fill`. British spelling.
 */
export type EmailLocale = "en" | "it";

export function asEmailLocale(value: string | null | undefined): EmailLocale {
  return value === "it" ? "it" : "en";
}

/** Replaces each `{{key}}` in `template` with `vars[key]` (missing keys stay as they are). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

const en = {
  common: {
    greeting: "Hello {{name}},",
    greetingNoName: "Hello,",
    fallback: "If the button does not work, copy this address into your browser:",
    footer: "Ponte connects international researchers and clinicians with the life-sciences centres of Lombardy.",
    automatic: "This message was sent automatically; replies are not read.",
  },
  "verify-email": {
    subject: "Confirm your e-mail address for Ponte",
    preview: "One click to confirm your address",
    body: "Thank you for creating a Ponte account. Please confirm that this address is yours so you can send requests to centres.",
    button: "Confirm my address",
    expiry: "The link works once and expires in 48 hours.",
    ignore: "If you did not create a Ponte account, you can ignore this e-mail.",
  },
  "reset-password": {
    subject: "Reset your Ponte password",
    preview: "Choose a new password",
    body: "Someone (hopefully you) asked to reset the password of your Ponte account.",
    button: "Choose a new password",
    expiry: "The link works once and expires in 1 hour.",
    ignore: "If you did not ask for this, you can ignore this e-mail: your password stays the same.",
  },
  invitation: {
    subject: "You are invited to coordinate {{centre}} on Ponte",
    preview: "Accept your invitation to Ponte",
    body: "You have been invited to coordinate {{centre}} on Ponte, where international researchers and clinicians ask to visit Lombardy's centres.",
    bodyBy:
      "{{inviter}} has invited you to coordinate {{centre}} on Ponte, where international researchers and clinicians ask to visit Lombardy's centres.",
    button: "Accept the invitation",
    expiry: "The link works once and expires in 7 days.",
    ignore: "If you were not expecting this, you can ignore this e-mail.",
  },
  "signup-attempt": {
    subject: "Someone tried to sign up to Ponte with your address",
    preview: "You already have a Ponte account",
    body: "Someone tried to create a Ponte account with this e-mail address, but you already have one. No new account was created.",
    login: "If it was you, log in here:",
    reset: "If you have forgotten your password, you can choose a new one:",
    ignore: "If it was not you, you can ignore this e-mail; your account has not changed.",
  },
  "password-changed": {
    subject: "Your Ponte password was changed",
    preview: "Your password was changed",
    body: "The password of your Ponte account was changed, and every other signed-in device was signed out.",
    notYou: "If you did not do this, reset your password now and tell us:",
  },
  "email-change": {
    subject: "Confirm your new e-mail address for Ponte",
    preview: "Confirm your new address",
    body: "You asked to use {{email}} for your Ponte account. Please confirm that this address is yours.",
    button: "Confirm my new address",
    expiry: "The link works once and expires in 48 hours.",
    ignore: "If you did not ask for this, you can ignore this e-mail.",
  },
  "email-changed": {
    subject: "Your Ponte e-mail address was changed",
    preview: "Your address was changed",
    body: "The e-mail address of your Ponte account was changed to {{email}}. Messages now go to the new address.",
    notYou: "If you did not do this, please contact Ponte's staff at once.",
  },
};

type Strings = typeof en;

const it: Strings = {
  common: {
    greeting: "Gentile {{name}},",
    greetingNoName: "Buongiorno,",
    fallback: "Se il pulsante non funziona, copia questo indirizzo nel browser:",
    footer:
      "Ponte mette in contatto ricercatori e clinici internazionali con i centri di scienze della vita della Lombardia.",
    automatic: "Questo messaggio è stato inviato automaticamente; le risposte non vengono lette.",
  },
  "verify-email": {
    subject: "Conferma il tuo indirizzo e-mail per Ponte",
    preview: "Un clic per confermare il tuo indirizzo",
    body: "Grazie per aver creato un account Ponte. Conferma che questo indirizzo è tuo per poter inviare richieste ai centri.",
    button: "Conferma il mio indirizzo",
    expiry: "Il link funziona una sola volta e scade tra 48 ore.",
    ignore: "Se non hai creato un account Ponte, puoi ignorare questa e-mail.",
  },
  "reset-password": {
    subject: "Reimposta la password di Ponte",
    preview: "Scegli una nuova password",
    body: "Qualcuno (speriamo tu) ha chiesto di reimpostare la password del tuo account Ponte.",
    button: "Scegli una nuova password",
    expiry: "Il link funziona una sola volta e scade tra 1 ora.",
    ignore: "Se non l'hai chiesto tu, puoi ignorare questa e-mail: la password resta la stessa.",
  },
  invitation: {
    subject: "Sei invitato a coordinare {{centre}} su Ponte",
    preview: "Accetta il tuo invito a Ponte",
    body: "Sei stato invitato a coordinare {{centre}} su Ponte, dove ricercatori e clinici internazionali chiedono di visitare i centri della Lombardia.",
    bodyBy:
      "{{inviter}} ti ha invitato a coordinare {{centre}} su Ponte, dove ricercatori e clinici internazionali chiedono di visitare i centri della Lombardia.",
    button: "Accetta l'invito",
    expiry: "Il link funziona una sola volta e scade tra 7 giorni.",
    ignore: "Se non te lo aspettavi, puoi ignorare questa e-mail.",
  },
  "signup-attempt": {
    subject: "Qualcuno ha provato a registrarsi a Ponte con il tuo indirizzo",
    preview: "Hai già un account Ponte",
    body: "Qualcuno ha provato a creare un account Ponte con questo indirizzo e-mail, ma ne hai già uno. Non è stato creato alcun nuovo account.",
    login: "Se eri tu, accedi qui:",
    reset: "Se hai dimenticato la password, puoi sceglierne una nuova:",
    ignore: "Se non eri tu, puoi ignorare questa e-mail; il tuo account non è cambiato.",
  },
  "password-changed": {
    subject: "La tua password di Ponte è stata cambiata",
    preview: "La tua password è stata cambiata",
    body: "La password del tuo account Ponte è stata cambiata e tutti gli altri dispositivi connessi sono stati disconnessi.",
    notYou: "Se non sei stato tu, reimposta subito la password e avvisaci:",
  },
  "email-change": {
    subject: "Conferma il nuovo indirizzo e-mail per Ponte",
    preview: "Conferma il nuovo indirizzo",
    body: "Hai chiesto di usare {{email}} per il tuo account Ponte. Conferma che questo indirizzo è tuo.",
    button: "Conferma il nuovo indirizzo",
    expiry: "Il link funziona una sola volta e scade tra 48 ore.",
    ignore: "Se non l'hai chiesto tu, puoi ignorare questa e-mail.",
  },
  "email-changed": {
    subject: "L'indirizzo e-mail del tuo account Ponte è stato cambiato",
    preview: "Il tuo indirizzo è stato cambiato",
    body: "L'indirizzo e-mail del tuo account Ponte è stato cambiato in {{email}}. I messaggi arriveranno al nuovo indirizzo.",
    notYou: "Se non sei stato tu, contatta subito lo staff di Ponte.",
  },
};

export const emailStrings: Record<EmailLocale, Strings> = { en, it };
