/** The i18next namespace of the finding and hop texts: its own module, so registering it loads none of the texts' code. */
export const FINDINGS_NS = 'findings';
