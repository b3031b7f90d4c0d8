/**
 * How many items a session's agenda may have. A module of its own so that the document schema
 * (whose agenda item is a position in it) does not pull the whole session schema into the
 * documents pages.
 */
export const maxAgendaItems = 60;
