/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `12345` as "12,345": credits and iterations read as numbers with thousands separators. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Integer cents as money with its unit: "$29", "$1.50", "€8". */
export function formatMoneyCents(amountCents: number, currency: string): string {
  const whole = amountCents % 100 === 0;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amountCents / 100);
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;background:#f6f7f9;line-height:1.5}
a{color:#0b5cad}header.site{display:flex;gap:1rem;align-items:center;justify-content:space-between;padding:.75rem 1.25rem;background:#fff;border-bottom:1px solid #e3e6ea}
header.site .brand{font-weight:700;font-size:1.15rem;text-decoration:none;color:#1b1f24}header.site nav{display:flex;gap:1rem}
main{max-width:72rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}h1{font-size:1.9rem;margin:.5rem 0}h2{margin-top:2.5rem}
.plans{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:1rem;padding:0;list-style:none}
.plan{background:#fff;border:1px solid #e3e6ea;border-radius:.6rem;padding:1.1rem;display:flex;flex-direction:column;gap:.4rem}
.plan h3{margin:0}.price{font-size:1.6rem;font-weight:700}.price small{font-size:.9rem;font-weight:400;color:#57606a}
.plan dl{margin:.25rem 0;display:grid;gap:.35rem}.plan dt{font-size:.8rem;color:#57606a}.plan dd{margin:0}
.button{display:inline-block;text-align:center;background:#0b5cad;color:#fff;border:0;border-radius:.4rem;padding:.6rem 1rem;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f0b429;outline-offset:2px}.plan .button{margin-top:auto}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.5rem .75rem;border-bottom:1px solid #e3e6ea}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:.6rem;padding:1.1rem;margin:1rem 0}
form.calc{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end}label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
input,select{font:inherit;padding:.45rem .6rem;border:1px solid #b8bfc7;border-radius:.35rem;min-width:0}output{display:block;margin-top:.75rem;font-weight:600}
.error{background:#fdecec;border:1px solid #e5a3a3;padding:.75rem;border-radius:.4rem}.notice{background:#eef6ee;border:1px solid #9fcf9f;padding:.75rem;border-radius:.4rem}
code.secret{display:block;word-break:break-all;background:#1b1f24;color:#fff;padding:.75rem;border-radius:.4rem}
@media (max-width:480px){h1{font-size:1.5rem}main{padding:1rem .75rem 3rem}th,td{padding:.4rem}}
`;

/** One storefront page: readable without JavaScript, one column on a 390 px phone. */
export function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Carlo</title><style>${STYLE}</style></head><body>
<header class="site"><a class="brand" href="/pricing">Carlo</a><nav><a href="/pricing">Pricing</a><a href="/signup">Sign up</a></nav></header>
<main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
}
