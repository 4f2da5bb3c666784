/** `Select **Remove roles**.` → text segments, the starred ones strong. Rendered as text nodes, never HTML. */
export function emphasis(text: string): { text: string; strong: boolean }[] {
  const out: { text: string; strong: boolean }[] = [];
  const parts = text.split('**');
  parts.forEach((part, i) => {
    if (part) out.push({ text: part, strong: i % 2 === 1 && i < parts.length - 1 });
  });
  return out;
}
