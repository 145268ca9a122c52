// Who is signed in (kept apart from scope.ts so that lower parts can name it).
/** Who is signed in. */
export type Principal =
  | { type: 'HOLDER'; accountId: string; sessionId: string }
  | { type: 'PANEL_USER'; panelUserId: string; serviceId: string; sessionId: string }
  | { type: 'OPERATOR'; operatorId: string; sessionId: string };
