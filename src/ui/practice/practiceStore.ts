/**
 * The progress store for the Practice area: the one instance the whole app shares
 * (src/ui/storeContext.svelte.ts), which already knows each item's topic and traps. Opened once the
 * page has painted: Practice shows its questions and topics first, then the learner's history.
 */
export { appStoreAfterPaint as practiceStore } from '../storeContext.svelte';
