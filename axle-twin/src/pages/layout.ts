// Plain HTML for the twin's hosted pages: no build step, no client script.
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The one stylesheet of every page, inline. The pages' policy allows exactly this text by its hash
 * (security-headers.ts), so pages use its classes, never a style attribute.
 */
export const pageStyles = `
  body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;color:#1f2933}
  main{max-width:440px;margin:48px auto;background:#fff;border-radius:12px;padding:28px;box-shadow:0 1px 4px #0002}
  main.wide{max-width:1100px}
  h1{font-size:20px;margin:0 0 16px} p{line-height:1.5}
  .twin{font-size:12px;color:#7b8794;text-transform:uppercase;letter-spacing:.08em;margin-bottom:8px}
  button,.option{display:block;width:100%;box-sizing:border-box;text-align:left;padding:12px 14px;margin:8px 0;
    border:1px solid #cbd2d9;border-radius:8px;background:#fff;font-size:15px;cursor:pointer}
  button.primary{background:#1f6feb;color:#fff;border-color:#1f6feb;text-align:center}
  input{width:100%;box-sizing:border-box;padding:10px;margin:4px 0 12px;border:1px solid #cbd2d9;border-radius:6px}
  .error{color:#b42318;background:#fef3f2;padding:8px 10px;border-radius:6px}
  a.exit{display:inline-block;margin-top:16px;color:#52606d;font-size:14px}
  table.listing{width:100%;font-size:13px}
  pre.json{font-size:12px;overflow:auto}
`;

export function page(title: string, body: string, options: { wide?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Axle (local twin)</title>
<style>${pageStyles}</style></head>
<body><main${options.wide ? ' class="wide"' : ""}><div class="twin">Axle · local twin</div>${body}</main></body></html>`;
}

export function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}
