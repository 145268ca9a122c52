// Every user-facing sentence in Italian, with the keys of `en.ts`.
import type { Catalog, Email, EmailVars, OperatorAlertVars, PaymentDetailsVars } from './en.js';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export const it: Catalog = {
  errors: {
    webhookUrlRefused: (p) => `Questo URL di webhook non è accettato: ${p.reason}`,
    webhookEndpointLimit: (p) => `Un account può avere al massimo ${String(p.max)} endpoint di webhook`,
    apiKeyScope: (p) => `A questa chiave API manca l'ambito ${p.scope} richiesto da questa operazione`,
    apiKeyNever: (p) => `Le chiavi API non possono usare ${p.field}: accedi come titolare`,
    apiKeyLimit: (p) => `Un account può avere al massimo ${String(p.max)} chiavi API attive: revocane una prima`,
    apiKeyExpiryInPast: () => 'La scadenza di una chiave API deve essere futura',
    invalidToken: () => 'Token non valido, scaduto o revocato',
    invalidInput: (p) => `Dati non validi: ${p.detail}`,
    notFound: (p) => `${p.what}: elemento non trovato`,
    forbidden: () => 'Non hai i permessi per questa operazione',
    invalidCredentials: () => 'Username o password errati',
    textLength: (p) => `${p.field} deve avere da 1 a ${String(p.max)} caratteri`,
    actionNotAvailable: (p) => `${p.action} non disponibile: ${lowerFirst(it.blocked[p.reasonCode])}`,
    quantityBelowUsedStorage: (p) => `Lo spazio non può scendere sotto quello occupato: almeno ${String(p.minQuantity)} GB aggiuntivi`,
    quantityBelowConfiguredUsers: (p) => `Nel pannello sono configurati ${String(p.minQuantity)} utenti: eliminali prima dal pannello`,
    invalidQuantity: (p) => `La quantità deve essere un numero intero tra ${String(p.minQuantity)} e ${String(p.maxQuantity)}`,
    invalidYears: (p) => `La durata deve essere tra ${String(p.minYears)} e ${String(p.maxYears)} anni`,
    cartIncomplete: (p) => `Il carrello non può essere confermato: ${p.detail}`,
    moduleAlreadyBought: (p) => `Il modulo ${p.module} è già attivo`,
    moduleNotInCart: (p) => `${p.module}: il modulo non è nel carrello`,
    cartLocked: () => 'Il carrello è già stato confermato e non può più cambiare',
    conventionNotFound: () => 'Codice convenzione sconosciuto',
    conventionExpired: () => 'La convenzione è scaduta',
    conventionNotApplicable: () => 'La convenzione non si applica a questo carrello o edizione',
    termsNotAccepted: () => 'Per confermare l’ordine devi accettare le condizioni generali',
    confirmationRequired: () => 'Conferma l’annullamento con confirm: true',
    orderNotCancellable: () => 'Si può annullare solo un ordine in attesa di pagamento',
    orderNotPayable: () => 'L’ordine non è in attesa di pagamento',
    orderAlreadyPaid: () => 'L’ordine è già stato pagato',
    amountMismatch: (p) => `L’importo deve essere uguale al totale dell’ordine (${String(p.expected)} centesimi)`,
    autoRenewNotAllowed: () =>
      'Il rinnovo automatico si può attivare solo se l’ultimo ordine pagato è stato pagato con carta di credito o PayPal',
    extendOnlyAddOn: () => 'L’allineamento dei servizi attivi si applica solo ai carrelli di ampliamento',
    paymentReferenceTaken: () => 'Questo riferimento di pagamento è già registrato altrove',
    restrictedMode: (p) =>
      `Il servizio è in modalità limitata (${p.reasons.join(', ')}): i documenti si possono leggere, scaricare ed eliminare ma non creare o modificare`,
    storageQuotaExceeded: () => 'Spazio insufficiente: acquista altro spazio o elimina dei documenti',
    editionNotAllowed: () => 'Un servizio Solo Ricezione non può inviare fatture',
    serviceNotActive: (p) =>
      p.status === 'PENDING' ? 'Il servizio non è ancora attivo: il primo acquisto non è pagato' : 'Il servizio è cessato',
    documentTooLarge: (p) => `Il documento supera ${String(p.maxBytes)} byte`,
    contentNotBase64: () => 'Il contenuto non è in base64 valido',
    contentEmpty: () => 'Il contenuto è vuoto',
    receivedInvoicesFromSdi: () => 'Le fatture ricevute arrivano dal Sistema di Interscambio (SDI)',
    authenticationRequired: (p) => `Accedi per usare ${p.field}`,
    notAuthorized: (p) => `Non autorizzato a usare ${p.field}`,
    textHasNul: (p) => `${p.field} contiene un carattere NUL`,
    textNotUnicode: (p) => `${p.field} non è un testo Unicode valido`,
    textTooLong: (p) => `${p.field} supera ${String(p.max)} caratteri`,
    contentTypeInvalid: () => 'Il tipo di contenuto deve essere un tipo MIME come application/pdf, senza caratteri di controllo',
    pageSizeOutOfRange: (p) => `${p.arg} deve essere tra 0 e ${String(p.max)}`,
    tooManyIds: (p) => `Si possono leggere al massimo ${String(p.max)} id alla volta`,
    tooManyItems: (p) => `${p.field}: al massimo ${String(p.max)} elementi`,
    rateLimited: (p) => `Troppi tentativi: riprova tra ${String(p.retryAfterSeconds)} ${p.retryAfterSeconds === 1 ? 'secondo' : 'secondi'}`,
    queryTooComplex: (p) =>
      `L'operazione è troppo complessa (${String(p.complexity)}, al massimo ${String(p.max)}): chiedi meno risultati o campi`,
    bodyTooLarge: (p) => `Il corpo della richiesta supera ${String(p.maxBytes)} byte`,
    jsonOnly: () => 'Una POST a /graphql deve avere un corpo application/json',
    clockOverrideNotAllowed: (p) =>
      `Il ciclo di vita può essere eseguito solo a un istante entro ${String(p.maxDriftHours)} ore dall'ora attuale`,
    bodyNotUtf8: () => 'Il corpo della richiesta non è UTF-8 valido',
    uploadOnly: (p) =>
      `Solo il caricamento di documenti (createDocument, updateDocument, receiveInvoice) può superare ${String(p.maxBytes)} byte`,
    requestTimeout: (p) => `La query non è terminata entro ${String(p.ms)} ms: chiedi meno risultati o campi`,
  },
  cartIssues: {
    kindNotAllowed: (p) => `le righe ${p.kind} non sono ammesse in un carrello ${p.purpose}`,
    moduleMissing: () => 'una riga MODULE richiede un modulo',
    duplicateLine: (p) => `riga ${p.key} duplicata`,
    requiredLineMissing: (p) => `un carrello ${p.purpose} richiede una riga ${p.kind}`,
  },
  blocked: {
    PENDING_FIRST_PAYMENT: 'Il primo acquisto non è ancora stato pagato.',
    CANCELLED: 'Il servizio è cessato.',
    AUTO_RENEW_ON: 'Il rinnovo automatico è attivo: disattivalo per rinnovare manualmente.',
    IN_GRACE_PERIOD: 'Il servizio è scaduto: è disponibile solo la riattivazione.',
    NOT_IN_GRACE_PERIOD: 'La riattivazione è disponibile solo dopo la scadenza, durante il periodo di tolleranza.',
  },
  cart: {
    duration: (years) => (years === 1 ? '1 anno' : `${String(years)} anni`),
  },
  money: {
    euros: (text) => `€ ${text.replace('.', ',')}`,
  },
  payment: {
    failure: (code) => {
      switch (code) {
        case 'card_declined':
          return 'La carta è stata rifiutata dalla banca';
        case 'insufficient_funds':
          return 'La carta non ha fondi sufficienti';
        case 'expired_card':
          return 'La carta è scaduta';
        default:
          return `Il pagamento è stato rifiutato dal gestore (${code})`;
      }
    },
    instructions: (p: PaymentDetailsVars) =>
      p.iban
        ? `Effettua un bonifico di ${p.amount} sull'IBAN ${p.iban} intestato a ${p.beneficiary}, causale: ${p.reference}.`
        : `Paga ${p.amount} con bollettino postale sul conto corrente ${p.postalAccount ?? ''} intestato a ${p.beneficiary}, causale: ${p.reference}.`,
    detailsEmail: (p): Email => ({
      subject: `Ordine ${p.number}: dati per il pagamento`,
      text: `Gentile ${p.holderName},\nabbiamo ricevuto l'ordine ${p.number}.\n${p.instructions}\nIl servizio sarà aggiornato quando il pagamento verrà registrato.`,
    }),
  },
  emails: {
    signature: '\n\nFatturazione Elettronica',
    EXPIRY_WARNING: (v: EmailVars): Email => ({
      subject: `Il tuo servizio ${v.serviceUsername} scade il ${v.expiresAt}`,
      text: `Gentile ${v.holderName},\n\nil servizio di fatturazione elettronica ${v.serviceUsername} scade il ${v.expiresAt} (tra ${String(v.days ?? 0)} giorni). Rinnovalo dall'area clienti per continuare a inviare fatture.`,
    }),
    STORAGE_WARNING: (v: EmailVars): Email => ({
      subject: `Spazio di ${v.serviceUsername} quasi esaurito`,
      text: `Gentile ${v.holderName},\n\nil servizio ${v.serviceUsername} usa il ${String(v.percentUsed ?? 0)}% dello spazio. Acquista altro spazio o elimina dei documenti prima che si esaurisca.`,
    }),
    STORAGE_FULL: (v: EmailVars): Email => ({
      subject: `Spazio di ${v.serviceUsername} esaurito: modalità limitata`,
      text: `Gentile ${v.holderName},\n\nlo spazio di ${v.serviceUsername} è esaurito. Il servizio è in modalità limitata: puoi consultare e scaricare i documenti e le fatture ricevute continuano ad arrivare, ma non puoi creare o inviare fatture finché non acquisti altro spazio o elimini dei documenti.`,
    }),
    GRACE_STARTED: (v: EmailVars): Email => ({
      subject: `Il tuo servizio ${v.serviceUsername} è scaduto`,
      text: `Gentile ${v.holderName},\n\nil servizio ${v.serviceUsername} è scaduto il ${v.expiresAt} ed è in modalità limitata. Riattivalo entro il ${v.graceEndsAt}: dopo quella data il servizio viene cessato e i documenti cancellati.`,
    }),
    DELETION_NOTICE: (v: EmailVars): Email => ({
      subject: `${v.serviceUsername}: i documenti saranno cancellati tra ${String(v.days ?? 0)} giorni`,
      text: `Gentile ${v.holderName},\n\nil periodo di tolleranza di ${v.serviceUsername} termina il ${v.graceEndsAt}. Tra ${String(v.days ?? 0)} giorni il servizio sarà cessato e i documenti cancellati. Riattivalo per conservarli.`,
    }),
    AUTO_RENEW_FAILED: (v: EmailVars): Email => ({
      subject: `Rinnovo automatico di ${v.serviceUsername} non riuscito`,
      text: `Gentile ${v.holderName},\n\nnon siamo riusciti a rinnovare automaticamente ${v.serviceUsername}. Il servizio scade il ${v.expiresAt}: rinnovalo manualmente dall'area clienti.`,
    }),
    AUTO_RENEW_CHARGE_FAILED: (v: EmailVars): Email => ({
      subject: `Pagamento del rinnovo di ${v.serviceUsername} rifiutato`,
      text: `Gentile ${v.holderName},\n\nl'addebito del rinnovo automatico (tentativo ${String(v.attempt ?? 1)}) di ${v.serviceUsername} è stato rifiutato. Il rinnovo automatico resta attivo e riproveremo; verifica il metodo di pagamento.`,
    }),
    SERVICE_CANCELLED: (v: EmailVars): Email => ({
      subject: `Il tuo servizio ${v.serviceUsername} è stato cessato`,
      text: `Gentile ${v.holderName},\n\nil periodo di tolleranza di ${v.serviceUsername} è terminato il ${v.graceEndsAt}. Il servizio è cessato e i documenti sono stati cancellati.`,
    }),
  },
  webhookEmails: {
    disabled: (v: { holderName: string; url: string; failures: number }): Email => ({
      subject: 'Un endpoint di webhook del tuo account è stato disattivato',
      text: `Gentile ${v.holderName},\n\nl'endpoint di webhook ${v.url} ha fallito ${String(v.failures)} consegne di fila ed è stato disattivato. Gli eventi non gli vengono più inviati. Correggi il ricevente, poi riattiva l'endpoint dall'area clienti (updateWebhookEndpoint) e invia di nuovo gli eventi che ti servono.`,
    }),
  },
  operatorAlerts: {
    PAYMENT_MISMATCH: (v: OperatorAlertVars): Email => ({
      subject: `Il pagamento dell'ordine ${v.orderNumber} non corrisponde all'ordine`,
      text: `Il gestore dei pagamenti ha segnalato il pagamento ${v.reference} di ${v.received} per l'ordine ${v.orderNumber}, che richiede ${v.expected}. Il pagamento non è stato applicato: l'ordine resta in attesa di pagamento. Verifica l'addebito con il gestore.`,
    }),
    PAID_AFTER_CANCEL: (v: OperatorAlertVars): Email => ({
      subject: `L'ordine ${v.orderNumber} è stato pagato dopo l'annullamento`,
      text: `Il gestore dei pagamenti ha segnalato il pagamento ${v.reference} di ${v.received} per l'ordine ${v.orderNumber}, già annullato. Il pagamento non è stato applicato ed è stato chiesto un rimborso al gestore. Verifica che il rimborso sia completato.`,
    }),
  },
};
