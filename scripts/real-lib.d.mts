// Types of the parts of scripts/real-lib.mjs that the tests import.
/** Decodes the HTML character references of an attribute value (&quot;, &#39;, &#x2F;, …). */
export function decodeEntities(text: string): string;
/** A cut drawn by the named renderer (see `render` in docs/real-data.md). */
export function renderOffer(cut: string, render: string): { text: string; budgetText?: string };
