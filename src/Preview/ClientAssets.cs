namespace Explainer.Preview;

/// <summary>
/// The script and stylesheet the preview adds to every page it serves (never to the built site). They
/// are files, not inline code, so the pages' Content-Security-Policy (script-src/style-src 'self',
/// connect-src 'self') allows them unchanged. The overlay is built with textContent only: diagnostics
/// quote user files and must never become markup.
/// </summary>
public static class ClientAssets
{
    public const string ScriptPath = "/_explainer/reload.js";
    public const string StylePath = "/_explainer/overlay.css";
    public const string EventsPath = "/_explainer/events";

    /// <summary>Inserted before &lt;/head&gt; of every HTML page the preview serves.</summary>
    public const string ScriptTag = "<script src=\"" + ScriptPath + "\" defer></script>";

    public const string Script = """
        // Explainer preview: reloads this page when a build changes it, shows build errors over it.
        (() => {
          'use strict';
          const here = location.pathname;
          const overlayId = 'explainer-build-overlay';

          // Does a build that changed these URLs change what this page shows?
          const affects = (changed) => here.startsWith('/_explainer/') || changed.some((url) =>
            url === here || url === here + '/' || url === here + '.html' ||
            !/(\/|\.html|\.md|\.json|\.csv)$/.test(url));

          const hide = () => document.getElementById(overlayId)?.remove();

          const element = (tag, text, className) => {
            const node = document.createElement(tag);
            if (text !== undefined) node.textContent = text;
            if (className) node.className = className;
            return node;
          };

          const show = (problems) => {
            hide();
            if (!document.querySelector('link[data-explainer-overlay]')) {
              const style = document.createElement('link');
              style.rel = 'stylesheet';
              style.href = '/_explainer/overlay.css';
              style.dataset.explainerOverlay = '';
              document.head.append(style);
            }
            const overlay = element('section', undefined, 'explainer-overlay');
            overlay.id = overlayId;
            overlay.lang = 'en';
            overlay.setAttribute('role', 'alert');
            overlay.setAttribute('aria-labelledby', overlayId + '-title');
            const title = element('h2', 'Build failed: this is the last good version of the page');
            title.id = overlayId + '-title';
            overlay.append(title);
            const list = element('ul');
            // Errors; or, when --strict failed the build on warnings alone, the warnings.
            const errors = problems.diagnostics.filter((d) => d.severity === 'error');
            for (const d of errors.length > 0 ? errors : problems.diagnostics) {
              const item = element('li');
              const where = d.line > 0 ? `${d.file}(${d.line},${Math.max(d.column, 1)})` : d.file;
              item.append(element('code', where, 'explainer-overlay-file'), element('span', ' ' + d.message));
              list.append(item);
            }
            overlay.append(list);
            const footer = element('p');
            const report = element('a', 'Build report');
            report.href = problems.report;
            const dismiss = element('button', 'Dismiss');
            dismiss.type = 'button';
            dismiss.addEventListener('click', hide);
            footer.append(report, ' ', dismiss);
            overlay.append(footer);
            document.body.append(overlay);
          };

          const events = new EventSource('/_explainer/events');
          events.addEventListener('problems', (e) => show(JSON.parse(e.data)));
          events.addEventListener('reload', (e) => {
            hide();
            if (affects(JSON.parse(e.data).changed)) location.reload();
          });
        })();

        """;

    public const string Style = """
        .explainer-overlay {
          position: fixed; inset: auto 1rem 1rem 1rem; z-index: 2147483647;
          max-height: 60vh; overflow: auto; padding: 1rem 1.25rem;
          background: #fff8f6; color: #1f1f1f; border: 2px solid #b3261e; border-radius: 6px;
          box-shadow: 0 4px 24px rgb(0 0 0 / 25%); font: 15px/1.5 system-ui, sans-serif;
        }
        .explainer-overlay h2 { margin: 0 0 .5rem; font-size: 1.05rem; color: #8c1d18; }
        .explainer-overlay ul { margin: 0 0 .75rem; padding-left: 1.25rem; }
        .explainer-overlay code { font: 13px/1.4 ui-monospace, monospace; overflow-wrap: anywhere; }
        .explainer-overlay a { color: #0b57d0; }
        .explainer-overlay button { margin-left: .75rem; font: inherit; }

        """;
}
