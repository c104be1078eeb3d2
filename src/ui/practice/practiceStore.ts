/**
 * The progress store for the Practice area: the one instance the whole app shares
 * (src/ui/storeContext.svelte.ts), which already knows each item's topic and traps.
 */
export { appStore as practiceStore } from '../storeContext.svelte';
