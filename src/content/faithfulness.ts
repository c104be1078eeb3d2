/** The "How faithful is this?" data, checked against its schema as it loads (bundled, so it works offline). */
import text from '/content/faithfulness.yaml?raw';
import { parseFaithfulness, type FaithfulnessEntry } from './faithfulnessSchema';

export const FAITHFULNESS_FILE = 'content/faithfulness.yaml';

export const faithfulness: FaithfulnessEntry[] = parseFaithfulness(FAITHFULNESS_FILE, text);
