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
    why: {
      account: "You receive this e-mail because it concerns your Ponte account.",
      signup: "You receive this e-mail because this address was used to sign up to Ponte.",
      invitation: "You receive this e-mail because a Ponte administrator invited this address.",
      applicant: "You receive this e-mail because you sent a request to {{centre}} through Ponte.",
      coordinator: "You receive this e-mail because you coordinate {{centre}} on Ponte.",
      digest: "You receive this e-mail because you coordinate centres on Ponte and chose one daily digest.",
      operators: "You receive this e-mail because you operate this installation of Ponte.",
      matches: "You receive this e-mail because you asked Ponte to tell you about new matches, at most once a week.",
      event: "You receive this e-mail because you registered for this event on Ponte.",
      wallet: "You receive this e-mail because you keep documents with an expiry date in your Ponte wallet.",
      suggested:
        "You receive this e-mail because you agreed that Ponte may suggest your profile to centres' coordinators. You can withdraw that on your profile.",
      collaboration: "You receive this e-mail because you published a collaboration proposal on Ponte or expressed interest in one.",
      homeCentre: "You receive this e-mail because you named {{centre}} as your home centre on your Ponte profile.",
      referee: "You receive this e-mail because {{applicant}} named you as a referee in a request to {{centre}} on Ponte.",
    },
    settings: "Choose which e-mails you receive and in which language:",
    settingsLink: "notification settings",
    unsubscribe: "Do not want e-mails like this one?",
    unsubscribeLink: "Unsubscribe",
  },
  request: {
    opportunity: "Opportunity",
    centre: "Centre",
    dates: "Dates",
    cohort: "Cohort",
    applicant: "Applicant",
    days: "{{count}} days",
    oneDay: "1 day",
    someone: "An applicant",
    toRequest: "See your request",
    toInbox: "Open in the inbox",
    reply: "Reply on Ponte",
  },
  "request-received": {
    subject: "Your request to {{centre}} was sent",
    preview: "Your request was sent to {{centre}}",
    body: "Your request for “{{opportunity}}” has been sent to {{centre}}.",
    next: "The centre is asked to answer by {{due}}. We will write to you when it does, or if it needs more information from you.",
  },
  "request-new": {
    subject: "New request from {{applicant}}: {{opportunity}}",
    preview: "A new request is waiting in your inbox",
    body: "{{applicant}} has sent a request for “{{opportunity}}”.",
    next: "Please answer by {{due}}; after that date the request expires.",
  },
  "request-assigned": {
    subject: "A request was assigned to you: {{opportunity}}",
    preview: "A request is now yours to handle",
    body: "The request from {{applicant}} for “{{opportunity}}” has been assigned to you.",
    next: "Please answer by {{due}}; after that date the request expires.",
  },
  "request-info-requested": {
    subject: "{{centre}} needs more information about your request",
    preview: "The centre has a question about your request",
    body: "{{centre}} needs more information before deciding on your request for “{{opportunity}}”. Their question:",
    next: "Please answer on Ponte. The centre’s response time is paused until you do.",
    button: "Answer the question",
  },
  "request-answered": {
    subject: "{{applicant}} answered your question: {{opportunity}}",
    preview: "The applicant has answered",
    body: "{{applicant}} has answered your request for information about “{{opportunity}}”:",
    next: "The response time runs again: please decide by {{due}}.",
  },
  "request-message": {
    subject: "New message about {{opportunity}}",
    preview: "You have a new message on Ponte",
    bodyToApplicant: "{{centre}} has sent you a message about your request for “{{opportunity}}”:",
    bodyToCoordinator: "{{applicant}} has sent a message about their request for “{{opportunity}}”:",
  },
  "request-approved": {
    subject: "Your request was approved: {{opportunity}}",
    preview: "Good news from {{centre}}",
    body: "Good news: {{centre}} has approved your request for “{{opportunity}}”.",
    calendar: "The stay is attached to this e-mail as a calendar event (.ics) that you can add to your calendar.",
    next: "The centre may write to you with practical details; you can reply to them on Ponte.",
  },
  "request-declined": {
    subject: "Your request was declined: {{opportunity}}",
    preview: "An answer from {{centre}}",
    body: "{{centre}} has declined your request for “{{opportunity}}”. The reason they gave:",
    next: "You can look for other opportunities that match your interests on Ponte.",
  },
  "request-withdrawn": {
    subject: "{{applicant}} withdrew a request: {{opportunity}}",
    preview: "A request was withdrawn",
    body: "{{applicant}} has withdrawn their request for “{{opportunity}}”.",
    next: "Nothing more is needed from you; any seat it held is free again.",
  },
  "request-withdrawal-confirmed": {
    subject: "You withdrew your request: {{opportunity}}",
    preview: "Your request is withdrawn",
    body: "You have withdrawn your request for “{{opportunity}}” at {{centre}}. The centre has been told.",
    calendar: "The attached calendar update (.ics) removes the stay from your calendar.",
  },
  "request-cancelled": {
    subject: "Your stay was cancelled: {{opportunity}}",
    preview: "{{centre}} has cancelled your stay",
    body: "{{centre}} has cancelled your approved stay for “{{opportunity}}”. The reason they gave:",
    calendar: "The attached calendar update (.ics) removes the stay from your calendar.",
  },
  "request-expired": {
    subject: "Your request expired without an answer: {{opportunity}}",
    preview: "Your request has expired",
    body: "{{centre}} did not answer your request for “{{opportunity}}” in time, so it has expired.",
    next: "You are welcome to send a new request, to this centre or to another one.",
  },
  "request-reminder": {
    subject: "A request is waiting for an answer: {{opportunity}}",
    preview: "A request is still waiting for you",
    body: "The request from {{applicant}} for “{{opportunity}}” is still waiting for an answer.",
    next: "It expires on {{due}} if nobody decides before then.",
  },
  digest: {
    subject: "Your Ponte digest of {{date}}: {{count}} updates",
    subjectOne: "Your Ponte digest of {{date}}: 1 update",
    preview: "What happened in your centres’ requests",
    body: "Here is what happened in your centres’ requests since the last digest:",
    open: "Open",
    kinds: {
      "request-new": "New request",
      "request-assigned": "Assigned to you",
      "request-answered": "Information received",
      "request-message": "New message",
      "request-withdrawn": "Withdrawn",
      "request-reminder": "Waiting for an answer",
    },
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
  "referee-invitation": {
    subject: "{{applicant}} asks you for a recommendation letter",
    reminderSubject: "Reminder: {{applicant}}'s recommendation letter",
    preview: "Upload your letter for {{applicant}} by {{date}}",
    reminder: "This is a reminder: we have not yet received your letter.",
    body: "{{applicant}} has applied for “{{opportunity}}” at {{centre}} through Ponte and named you as a referee. The centre asks for a recommendation letter.",
    how: "Please upload your letter as one PDF file (at most 5 MB) through the link below. You do not need an account; the centre's coordinators read the letter, the applicant does not.",
    button: "Upload the letter",
    expiry: "The link works once, until {{date}} inclusive.",
    ignore: "If you do not know this person or do not wish to write a letter, you can ignore this e-mail.",
  },
  "stay-feedback": {
    subject: "How was your stay at {{centre}}?",
    preview: "Four short questions about your stay, in two minutes",
    body: "{{centre}} has confirmed that you attended “{{opportunity}}”. Would you tell us how it went? Four short questions: an overall rating, whether you would recommend it, what was most useful and what could be better.",
    anonymous:
      "The centre's coordinators see only the answers of all visitors together, without names, and nothing until at least three visitors have answered.",
    button: "Give my feedback",
  },
  "document-expiring": {
    subject: {
      one: "A document in your Ponte wallet expires on {{date}}",
      other: "{{count}} documents in your Ponte wallet expire soon",
    },
    preview: "Replace it before it expires, so your next requests carry a valid copy",
    intro: "These documents in your wallet expire soon:",
    item: "{{document}}: valid until {{date}}",
    next: "Requests you have already sent keep the copy they were sent with. To send a valid document with your next requests, upload the new one in your wallet and change its expiry date.",
    button: "Open my documents",
  },
  "new-matches": {
    subject: "{{count}} new opportunities match your profile",
    subjectOne: "A new opportunity matches your profile",
    preview: "New on Ponte this week: {{titles}}",
    intro: "These opportunities were published or reopened since our last message and are among your best matches:",
    button: "See all my matches",
    why: "Why it fits you:",
  },
  "application-invitation": {
    subject: "{{centre}} invites you to apply: {{opportunity}}",
    preview: "An invitation from {{coordinator}} at {{centre}}",
    body: "{{coordinator}}, who coordinates {{centre}} on Ponte, saw your profile among those that fit “{{opportunity}}” and invites you to apply.",
    note: "{{coordinator}} adds:",
    next: "If you are interested, you can read the details and send a request from the opportunity's page. You are under no obligation to do so.",
    button: "See the opportunity",
  },
  "collaboration-interest": {
    subject: "{{name}} is interested in your proposal “{{title}}”",
    preview: "A new expression of interest on Ponte",
    body: "{{name}} has expressed interest in your collaboration proposal “{{title}}” and writes:",
    button: "See the expressions of interest",
  },
  "collaboration-accepted": {
    subject: "{{name}} accepted your interest in “{{title}}”",
    preview: "You can now contact each other",
    body: "{{name}} has accepted your expression of interest in “{{title}}”. Your contact details are now shared with each other, and you can write to each other on Ponte.",
    button: "Open the conversation",
  },
  "collaboration-declined": {
    subject: "Your interest in “{{title}}”",
    preview: "{{name}} answered your expression of interest",
    body: "{{name}} thanks you for your interest in “{{title}}” but has decided not to take it further. Your contact details have not been shared.",
    button: "See other proposals",
  },
  "home-centre-confirmed": {
    subject: "{{centre}} confirmed that you work there",
    preview: "Your home centre is verified",
    body: "{{coordinator}}, who coordinates {{centre}} on Ponte, has confirmed that {{centre}} is your home centre. Your profile now shows it as verified.",
    button: "See your profile",
  },
  "home-centre-rejected": {
    subject: "{{centre}} could not confirm your home centre",
    preview: "Your home centre is not verified",
    body: "{{coordinator}}, who coordinates {{centre}} on Ponte, could not confirm that {{centre}} is your home centre. If this is a mistake, please check the centre on your profile or ask again; an address at the centre's institutional e-mail domain verifies it at once.",
    button: "See your profile",
  },
  "collaboration-message": {
    subject: "New message from {{name}} about “{{title}}”",
    preview: "{{name}} wrote to you on Ponte",
    body: "{{name}} has written to you about the collaboration “{{title}}”:",
    button: "Reply on Ponte",
  },
  "contact-message": {
    subject: "Ponte contact form: {{subject}}",
    preview: "A message from {{name}} through the contact form",
    intro: "{{name}} ({{email}}) wrote through the contact form of Ponte:",
    reply: "Reply to this e-mail to answer {{name}}.",
  },
  "letter-issued": {
    subject: {
      INVITATION: "Your invitation letter from {{centre}} is ready",
      CERTIFICATE: "Your certificate of attendance from {{centre}} is ready",
    },
    preview: {
      INVITATION: "Download your invitation letter for the visa",
      CERTIFICATE: "Download your certificate of attendance",
    },
    body: {
      INVITATION:
        "{{centre}} has issued your invitation letter for “{{opportunity}}”. You can download it as a PDF from your request; it carries an address where anyone, such as a consulate, can check that it is genuine.",
      CERTIFICATE:
        "{{centre}} has issued your certificate of attendance for “{{opportunity}}”. You can download it as a PDF from your request; it carries an address where anyone can check that it is genuine.",
    },
    button: "Open my request",
  },
  "documents-removal": {
    subject: "Your documents for {{centre}} will be deleted on {{date}}",
    preview: "Your documents will be deleted on {{date}}",
    body: "As our privacy notice says, the documents of your request for “{{opportunity}}” at {{centre}} ({{files}}) will be deleted on {{date}}.",
    keep: "If you need them, please download them from your request before that date:",
    button: "Open my request",
  },
  event: {
    when: "When",
    where: "Where",
    online: "Online: the link is on the event’s page once you have a place.",
    open: "See the event",
    calendarAdded: "The attached calendar file adds the event to your calendar.",
    calendarRemoved: "The attached calendar file removes the event from your calendar.",
  },
  "event-registered": {
    subject: "You are registered: {{title}}",
    subjectWaitlisted: "You are on the waiting list: {{title}}",
    preview: "Your registration for {{title}}",
    body: "Your place at “{{title}}” is confirmed.",
    waitlisted:
      "“{{title}}” is full, so you are on the waiting list. If a place becomes free, it is yours in the order people joined the list, and we will write to you.",
    cancelHint: "If you cannot come, please cancel on the event’s page so that someone else can have your place.",
  },
  "event-promoted": {
    subject: "A place became free: you are registered for {{title}}",
    preview: "You have a place at {{title}}",
    body: "Someone cancelled, and the place is yours: you are now registered for “{{title}}”.",
  },
  "event-message": {
    subject: "{{subject}} ({{title}})",
    preview: "A message from the organisers of {{title}}",
    body: "The organisers of “{{title}}” write to everyone registered or on the waiting list:",
  },
  "event-cancelled": {
    subject: "Cancelled: {{title}}",
    preview: "{{title}} will not take place",
    body: "The organisers have cancelled “{{title}}”. Your registration is cancelled with it; there is nothing you need to do.",
  },
  "account-inactive": {
    subject: "Your Ponte account will be anonymised on {{date}}",
    preview: "You have not signed in for a long time",
    body: "You have not signed in to Ponte since {{last}}. As our privacy notice says, accounts without a sign-in for {{months}} months are anonymised: on {{date}} we will remove your name, address, profile and documents.",
    keep: "To keep your account, simply sign in before that date:",
    button: "Sign in to Ponte",
  },
};

type Strings = typeof en;

const it: Strings = {
  common: {
    greeting: "Gentile {{name}},",
    greetingNoName: "Buongiorno,",
    fallback: "Se il pulsante non funziona, copi questo indirizzo nel browser:",
    footer:
      "Ponte mette in contatto ricercatori e clinici internazionali con i centri di scienze della vita della Lombardia.",
    automatic: "Questo messaggio è stato inviato automaticamente; le risposte non vengono lette.",
    why: {
      account: "Riceve questa e-mail perché riguarda il Suo account Ponte.",
      signup: "Riceve questa e-mail perché questo indirizzo è stato usato per registrarsi a Ponte.",
      invitation: "Riceve questa e-mail perché un amministratore di Ponte ha invitato questo indirizzo.",
      applicant: "Riceve questa e-mail perché ha inviato una richiesta a {{centre}} tramite Ponte.",
      coordinator: "Riceve questa e-mail perché coordina {{centre}} su Ponte.",
      digest: "Riceve questa e-mail perché coordina dei centri su Ponte e ha scelto un riepilogo giornaliero.",
      operators: "Riceve questa e-mail perché gestisce questa installazione di Ponte.",
      matches:
        "Riceve questa e-mail perché ha chiesto a Ponte di segnalarLe le nuove corrispondenze, al massimo una volta a settimana.",
      event: "Riceve questa e-mail perché si è iscritto a questo evento su Ponte.",
      wallet:
        "Riceve questa e-mail perché conserva nel Suo archivio documenti di Ponte dei documenti con una data di scadenza.",
      suggested:
        "Riceve questa e-mail perché ha acconsentito a che Ponte suggerisca il Suo profilo ai coordinatori dei centri. Può revocare il consenso nel Suo profilo.",
      collaboration:
        "Riceve questa e-mail perché ha pubblicato una proposta di collaborazione su Ponte o ha manifestato interesse per una di esse.",
      homeCentre: "Riceve questa e-mail perché ha indicato {{centre}} come Suo centro di appartenenza nel profilo Ponte.",
      referee: "Riceve questa e-mail perché {{applicant}} ha indicato il Suo nome come referente in una richiesta a {{centre}} su Ponte.",
    },
    settings: "Scelga quali e-mail ricevere e in quale lingua:",
    settingsLink: "impostazioni delle notifiche",
    unsubscribe: "Non desidera più ricevere e-mail come questa?",
    unsubscribeLink: "Annulla l’iscrizione",
  },
  request: {
    opportunity: "Opportunità",
    centre: "Centro",
    dates: "Date",
    cohort: "Gruppo",
    applicant: "Candidato",
    days: "{{count}} giorni",
    oneDay: "1 giorno",
    someone: "Un candidato",
    toRequest: "Apri la richiesta",
    toInbox: "Apri nella casella",
    reply: "Rispondi su Ponte",
  },
  "request-received": {
    subject: "La Sua richiesta a {{centre}} è stata inviata",
    preview: "La Sua richiesta è stata inviata a {{centre}}",
    body: "La Sua richiesta per «{{opportunity}}» è stata inviata a {{centre}}.",
    next: "Il centro è invitato a rispondere entro il {{due}}. Le scriveremo quando risponderà o se avrà bisogno di altre informazioni.",
  },
  "request-new": {
    subject: "Nuova richiesta da {{applicant}}: {{opportunity}}",
    preview: "Una nuova richiesta La aspetta nella casella",
    body: "{{applicant}} ha inviato una richiesta per «{{opportunity}}».",
    next: "Risponda entro il {{due}}; dopo quella data la richiesta scade.",
  },
  "request-assigned": {
    subject: "Le è stata assegnata una richiesta: {{opportunity}}",
    preview: "Ora questa richiesta è Sua",
    body: "La richiesta di {{applicant}} per «{{opportunity}}» è stata assegnata a Lei.",
    next: "Risponda entro il {{due}}; dopo quella data la richiesta scade.",
  },
  "request-info-requested": {
    subject: "{{centre}} ha bisogno di altre informazioni sulla Sua richiesta",
    preview: "Il centro ha una domanda sulla Sua richiesta",
    body: "{{centre}} ha bisogno di altre informazioni prima di decidere sulla Sua richiesta per «{{opportunity}}». La domanda:",
    next: "Risponda su Ponte. Il tempo di risposta del centro resta sospeso finché non risponde.",
    button: "Rispondi alla domanda",
  },
  "request-answered": {
    subject: "{{applicant}} ha risposto alla Sua domanda: {{opportunity}}",
    preview: "Il candidato ha risposto",
    body: "{{applicant}} ha risposto alla Sua richiesta di informazioni su «{{opportunity}}»:",
    next: "Il tempo di risposta riprende: decida entro il {{due}}.",
  },
  "request-message": {
    subject: "Nuovo messaggio su {{opportunity}}",
    preview: "Ha un nuovo messaggio su Ponte",
    bodyToApplicant: "{{centre}} Le ha inviato un messaggio sulla Sua richiesta per «{{opportunity}}»:",
    bodyToCoordinator: "{{applicant}} ha inviato un messaggio sulla sua richiesta per «{{opportunity}}»:",
  },
  "request-approved": {
    subject: "La Sua richiesta è stata approvata: {{opportunity}}",
    preview: "Buone notizie da {{centre}}",
    body: "Buone notizie: {{centre}} ha approvato la Sua richiesta per «{{opportunity}}».",
    calendar:
      "Il soggiorno è allegato a questa e-mail come evento di calendario (.ics) da aggiungere al Suo calendario.",
    next: "Il centro potrà scriverLe per i dettagli pratici; potrà rispondere su Ponte.",
  },
  "request-declined": {
    subject: "La Sua richiesta non è stata accolta: {{opportunity}}",
    preview: "Una risposta da {{centre}}",
    body: "{{centre}} non ha accolto la Sua richiesta per «{{opportunity}}». Il motivo indicato:",
    next: "Su Ponte può cercare altre opportunità adatte ai Suoi interessi.",
  },
  "request-withdrawn": {
    subject: "{{applicant}} ha ritirato una richiesta: {{opportunity}}",
    preview: "Una richiesta è stata ritirata",
    body: "{{applicant}} ha ritirato la sua richiesta per «{{opportunity}}».",
    next: "Non deve fare altro; l’eventuale posto occupato è di nuovo libero.",
  },
  "request-withdrawal-confirmed": {
    subject: "Ha ritirato la Sua richiesta: {{opportunity}}",
    preview: "La Sua richiesta è ritirata",
    body: "Ha ritirato la Sua richiesta per «{{opportunity}}» presso {{centre}}. Il centro è stato avvisato.",
    calendar: "L’aggiornamento di calendario allegato (.ics) rimuove il soggiorno dal Suo calendario.",
  },
  "request-cancelled": {
    subject: "Il Suo soggiorno è stato annullato: {{opportunity}}",
    preview: "{{centre}} ha annullato il Suo soggiorno",
    body: "{{centre}} ha annullato il Suo soggiorno approvato per «{{opportunity}}». Il motivo indicato:",
    calendar: "L’aggiornamento di calendario allegato (.ics) rimuove il soggiorno dal Suo calendario.",
  },
  "request-expired": {
    subject: "La Sua richiesta è scaduta senza risposta: {{opportunity}}",
    preview: "La Sua richiesta è scaduta",
    body: "{{centre}} non ha risposto in tempo alla Sua richiesta per «{{opportunity}}», che quindi è scaduta.",
    next: "Può inviare una nuova richiesta, a questo centro o a un altro.",
  },
  "request-reminder": {
    subject: "Una richiesta attende una risposta: {{opportunity}}",
    preview: "Una richiesta La sta ancora aspettando",
    body: "La richiesta di {{applicant}} per «{{opportunity}}» attende ancora una risposta.",
    next: "Scade il {{due}} se nessuno decide prima.",
  },
  digest: {
    subject: "Il Suo riepilogo Ponte del {{date}}: {{count}} aggiornamenti",
    subjectOne: "Il Suo riepilogo Ponte del {{date}}: 1 aggiornamento",
    preview: "Cosa è successo nelle richieste dei Suoi centri",
    body: "Ecco cosa è successo nelle richieste dei Suoi centri dall’ultimo riepilogo:",
    open: "Apri",
    kinds: {
      "request-new": "Nuova richiesta",
      "request-assigned": "Assegnata a Lei",
      "request-answered": "Informazioni ricevute",
      "request-message": "Nuovo messaggio",
      "request-withdrawn": "Ritirata",
      "request-reminder": "In attesa di risposta",
    },
  },
  "verify-email": {
    subject: "Confermi il Suo indirizzo e-mail per Ponte",
    preview: "Un clic per confermare il Suo indirizzo",
    body: "Grazie per aver creato un account Ponte. Confermi che questo indirizzo è Suo per poter inviare richieste ai centri.",
    button: "Conferma il mio indirizzo",
    expiry: "Il link funziona una sola volta e scade tra 48 ore.",
    ignore: "Se non ha creato un account Ponte, può ignorare questa e-mail.",
  },
  "reset-password": {
    subject: "Reimpostazione della password di Ponte",
    preview: "Scelga una nuova password",
    body: "Qualcuno (speriamo Lei) ha chiesto di reimpostare la password del Suo account Ponte.",
    button: "Scelga una nuova password",
    expiry: "Il link funziona una sola volta e scade tra 1 ora.",
    ignore: "Se non l'ha chiesto Lei, può ignorare questa e-mail: la password resta la stessa.",
  },
  invitation: {
    subject: "È invitato a coordinare {{centre}} su Ponte",
    preview: "Accetti il Suo invito a Ponte",
    body: "È stato invitato a coordinare {{centre}} su Ponte, dove ricercatori e clinici internazionali chiedono di visitare i centri della Lombardia.",
    bodyBy:
      "{{inviter}} L'ha invitata a coordinare {{centre}} su Ponte, dove ricercatori e clinici internazionali chiedono di visitare i centri della Lombardia.",
    button: "Accetta l'invito",
    expiry: "Il link funziona una sola volta e scade tra 7 giorni.",
    ignore: "Se non se lo aspettava, può ignorare questa e-mail.",
  },
  "signup-attempt": {
    subject: "Qualcuno ha provato a registrarsi a Ponte con il Suo indirizzo",
    preview: "Ha già un account Ponte",
    body: "Qualcuno ha provato a creare un account Ponte con questo indirizzo e-mail, ma Lei ne ha già uno. Non è stato creato alcun nuovo account.",
    login: "Se era Lei, acceda qui:",
    reset: "Se ha dimenticato la password, può sceglierne una nuova:",
    ignore: "Se non era Lei, può ignorare questa e-mail; il Suo account non è cambiato.",
  },
  "password-changed": {
    subject: "La Sua password di Ponte è stata cambiata",
    preview: "La Sua password è stata cambiata",
    body: "La password del Suo account Ponte è stata cambiata e tutti gli altri dispositivi connessi sono stati disconnessi.",
    notYou: "Se non è stato Lei, reimposti subito la password e ci avvisi:",
  },
  "email-change": {
    subject: "Confermi il nuovo indirizzo e-mail per Ponte",
    preview: "Conferma il nuovo indirizzo",
    body: "Ha chiesto di usare {{email}} per il Suo account Ponte. Confermi che questo indirizzo è Suo.",
    button: "Conferma il nuovo indirizzo",
    expiry: "Il link funziona una sola volta e scade tra 48 ore.",
    ignore: "Se non l'ha chiesto Lei, può ignorare questa e-mail.",
  },
  "email-changed": {
    subject: "L'indirizzo e-mail del Suo account Ponte è stato cambiato",
    preview: "Il Suo indirizzo è stato cambiato",
    body: "L'indirizzo e-mail del Suo account Ponte è stato cambiato in {{email}}. I messaggi arriveranno al nuovo indirizzo.",
    notYou: "Se non è stato Lei, contatti subito lo staff di Ponte.",
  },
  "referee-invitation": {
    subject: "{{applicant}} Le chiede una lettera di referenza",
    reminderSubject: "Promemoria: la lettera di referenza per {{applicant}}",
    preview: "Carichi la Sua lettera per {{applicant}} entro il {{date}}",
    reminder: "Le ricordiamo che non abbiamo ancora ricevuto la Sua lettera.",
    body: "{{applicant}} ha presentato una richiesta per «{{opportunity}}» presso {{centre}} tramite Ponte e ha indicato il Suo nome come referente. Il centro chiede una lettera di referenza.",
    how: "La preghiamo di caricare la lettera come un unico file PDF (al massimo 5 MB) dal collegamento qui sotto. Non serve un account; la lettera è letta dai coordinatori del centro, non dalla persona che ha presentato la richiesta.",
    button: "Carichi la lettera",
    expiry: "Il collegamento funziona una sola volta, fino al {{date}} compreso.",
    ignore: "Se non conosce questa persona o non desidera scrivere una lettera, può ignorare questa e-mail.",
  },
  "stay-feedback": {
    subject: "Com'è andato il Suo soggiorno presso {{centre}}?",
    preview: "Quattro brevi domande sul Suo soggiorno, in due minuti",
    body: "{{centre}} ha confermato la Sua presenza a “{{opportunity}}”. Vorrebbe dirci com'è andata? Quattro brevi domande: un giudizio complessivo, se lo consiglierebbe, che cosa Le è stato più utile e che cosa si potrebbe migliorare.",
    anonymous:
      "I coordinatori del centro vedono solo le risposte di tutti i visitatori insieme, senza nomi, e nulla finché almeno tre visitatori non hanno risposto.",
    button: "Lasci il Suo parere",
  },
  "document-expiring": {
    subject: {
      one: "Un documento nel Suo archivio Ponte scade il {{date}}",
      other: "{{count}} documenti nel Suo archivio Ponte scadono a breve",
    },
    preview: "Lo sostituisca prima della scadenza, così le prossime richieste avranno una copia valida",
    intro: "Questi documenti del Suo archivio scadono a breve:",
    item: "{{document}}: valido fino al {{date}}",
    next: "Le richieste già inviate conservano la copia con cui sono state inviate. Per inviare un documento valido con le prossime richieste, carichi quello nuovo nel Suo archivio e ne aggiorni la data di scadenza.",
    button: "Apra i miei documenti",
  },
  "new-matches": {
    subject: "{{count}} nuove opportunità corrispondono al Suo profilo",
    subjectOne: "Una nuova opportunità corrisponde al Suo profilo",
    preview: "Novità su Ponte questa settimana: {{titles}}",
    intro:
      "Queste opportunità sono state pubblicate o riaperte dal nostro ultimo messaggio e sono tra le più adatte a Lei:",
    button: "Veda tutte le Sue corrispondenze",
    why: "Perché è adatta a Lei:",
  },
  "application-invitation": {
    subject: "{{centre}} La invita a candidarsi: {{opportunity}}",
    preview: "Un invito di {{coordinator}} da {{centre}}",
    body: "{{coordinator}}, che coordina {{centre}} su Ponte, ha visto il Suo profilo tra quelli adatti a «{{opportunity}}» e La invita a candidarsi.",
    note: "{{coordinator}} aggiunge:",
    next: "Se Le interessa, può leggere i dettagli e inviare una richiesta dalla pagina dell'opportunità; la candidatura resta del tutto facoltativa.",
    button: "Veda l'opportunità",
  },
  "collaboration-interest": {
    subject: "{{name}} ha manifestato interesse per la Sua proposta «{{title}}»",
    preview: "Una nuova manifestazione di interesse su Ponte",
    body: "{{name}} ha manifestato interesse per la Sua proposta di collaborazione «{{title}}» e scrive:",
    button: "Veda le manifestazioni di interesse",
  },
  "collaboration-accepted": {
    subject: "{{name}} ha accettato il Suo interesse per «{{title}}»",
    preview: "Ora potete contattarvi",
    body: "{{name}} ha accettato la Sua manifestazione di interesse per «{{title}}». I vostri recapiti sono ora condivisi e potete scrivervi su Ponte.",
    button: "Apra la conversazione",
  },
  "collaboration-declined": {
    subject: "Il Suo interesse per «{{title}}»",
    preview: "{{name}} ha risposto alla Sua manifestazione di interesse",
    body: "{{name}} La ringrazia per l'interesse verso «{{title}}», ma ha deciso di non proseguire. I Suoi recapiti non sono stati condivisi.",
    button: "Veda altre proposte",
  },
  "home-centre-confirmed": {
    subject: "{{centre}} ha confermato che Lei vi lavora",
    preview: "Il Suo centro di appartenenza è verificato",
    body: "{{coordinator}}, che coordina {{centre}} su Ponte, ha confermato che {{centre}} è il Suo centro di appartenenza. Il Suo profilo ora lo mostra come verificato.",
    button: "Apra il Suo profilo",
  },
  "home-centre-rejected": {
    subject: "{{centre}} non ha potuto confermare il Suo centro di appartenenza",
    preview: "Il Suo centro di appartenenza non è verificato",
    body: "{{coordinator}}, che coordina {{centre}} su Ponte, non ha potuto confermare che {{centre}} sia il Suo centro di appartenenza. Se si tratta di un errore, controlli il centro indicato nel Suo profilo o lo chieda di nuovo; un indirizzo con il dominio e-mail istituzionale del centro lo verifica subito.",
    button: "Apra il Suo profilo",
  },
  "collaboration-message": {
    subject: "Nuovo messaggio di {{name}} su «{{title}}»",
    preview: "{{name}} Le ha scritto su Ponte",
    body: "{{name}} Le ha scritto a proposito della collaborazione «{{title}}»:",
    button: "Risponda su Ponte",
  },
  "contact-message": {
    subject: "Modulo di contatto di Ponte: {{subject}}",
    preview: "Un messaggio di {{name}} dal modulo di contatto",
    intro: "{{name}} ({{email}}) ha scritto tramite il modulo di contatto di Ponte:",
    reply: "Risponda a questa e-mail per rispondere a {{name}}.",
  },
  "letter-issued": {
    subject: {
      INVITATION: "La Sua lettera di invito da {{centre}} è pronta",
      CERTIFICATE: "Il Suo attestato di frequenza da {{centre}} è pronto",
    },
    preview: {
      INVITATION: "Scarichi la Sua lettera di invito per il visto",
      CERTIFICATE: "Scarichi il Suo attestato di frequenza",
    },
    body: {
      INVITATION:
        "{{centre}} ha emesso la Sua lettera di invito per “{{opportunity}}”. Può scaricarla in PDF dalla Sua richiesta; riporta un indirizzo dove chiunque, ad esempio un consolato, può verificarne l'autenticità.",
      CERTIFICATE:
        "{{centre}} ha emesso il Suo attestato di frequenza per “{{opportunity}}”. Può scaricarlo in PDF dalla Sua richiesta; riporta un indirizzo dove chiunque può verificarne l'autenticità.",
    },
    button: "Apra la mia richiesta",
  },
  "documents-removal": {
    subject: "I Suoi documenti per {{centre}} saranno cancellati il {{date}}",
    preview: "I Suoi documenti saranno cancellati il {{date}}",
    body: "Come indicato nella nostra informativa privacy, i documenti della Sua richiesta per “{{opportunity}}” presso {{centre}} ({{files}}) saranno cancellati il {{date}}.",
    keep: "Se Le servono, li scarichi dalla Sua richiesta prima di tale data:",
    button: "Apri la mia richiesta",
  },
  event: {
    when: "Quando",
    where: "Dove",
    online: "Online: il collegamento è sulla pagina dell’evento quando ha un posto.",
    open: "Vedere l’evento",
    calendarAdded: "Il file di calendario allegato aggiunge l’evento al Suo calendario.",
    calendarRemoved: "Il file di calendario allegato rimuove l’evento dal Suo calendario.",
  },
  "event-registered": {
    subject: "Iscrizione confermata: {{title}}",
    subjectWaitlisted: "È in lista d’attesa: {{title}}",
    preview: "La Sua iscrizione a {{title}}",
    body: "Il Suo posto a «{{title}}» è confermato.",
    waitlisted:
      "«{{title}}» è al completo: Lei è in lista d’attesa. Se si libera un posto, verrà assegnato nell’ordine di iscrizione alla lista e Le scriveremo.",
    cancelHint:
      "Se non potrà partecipare, La preghiamo di annullare l’iscrizione sulla pagina dell’evento, così che altri possano avere il posto.",
  },
  "event-promoted": {
    subject: "Si è liberato un posto: è iscritto a {{title}}",
    preview: "Ha un posto a {{title}}",
    body: "Qualcuno ha annullato e il posto è Suo: ora è iscritto a «{{title}}».",
  },
  "event-message": {
    subject: "{{subject}} ({{title}})",
    preview: "Un messaggio dagli organizzatori di {{title}}",
    body: "Gli organizzatori di «{{title}}» scrivono a tutti gli iscritti e a chi è in lista d’attesa:",
  },
  "event-cancelled": {
    subject: "Annullato: {{title}}",
    preview: "{{title}} non si terrà",
    body: "Gli organizzatori hanno annullato «{{title}}». Anche la Sua iscrizione è annullata; non deve fare nulla.",
  },
  "account-inactive": {
    subject: "Il Suo account Ponte sarà reso anonimo il {{date}}",
    preview: "Non accede da molto tempo",
    body: "Non accede a Ponte dal {{last}}. Come indicato nella nostra informativa privacy, gli account senza accessi da {{months}} mesi sono resi anonimi: il {{date}} rimuoveremo nome, indirizzo, profilo e documenti.",
    keep: "Per conservare il Suo account, è sufficiente accedere prima di tale data:",
    button: "Accedi a Ponte",
  },
};

export const emailStrings: Record<EmailLocale, Strings> = { en, it };

const DAY = { en: "en-GB", it: "it-IT" } as const;

/** A calendar date `YYYY-MM-DD` as "1 February 2027" / "1 febbraio 2027". */
export function formatDay(iso: string, locale: EmailLocale): string {
  return new Intl.DateTimeFormat(DAY[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** The calendar date of an instant in Italy (where the centres are), formatted as `formatDay`. */
export function formatInstantDay(instant: string, locale: EmailLocale): string {
  return new Intl.DateTimeFormat(DAY[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Rome",
  }).format(new Date(instant));
}
