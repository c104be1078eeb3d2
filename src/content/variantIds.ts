/**
 * Ids of generated question variants: `<topic>-<template id>x<seed>` (questionTemplates.ts), and the
 * seeds Practice offers from each template (fixed, so the set is the same on every device).
 */
export const VARIANT_SEEDS = [1, 2, 3] as const;

const VARIANT_ID = /^([a-z-]+)-(t\d{2})x(\d+)$/;

export function variantId(topic: string, templateId: string, seed: number): string {
  return `${topic}-${templateId}x${seed >>> 0}`;
}

export function parseVariantId(id: string): { topic: string; templateId: string; seed: number } | undefined {
  const m = VARIANT_ID.exec(id);
  // All three groups are required by VARIANT_ID.
  return m ? { topic: m[1]!, templateId: m[2]!, seed: Number(m[3]) } : undefined;
}
