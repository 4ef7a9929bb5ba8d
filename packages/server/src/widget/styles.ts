/** The widget's styles, inside its shadow root: the site's CSS does not reach in, and these do not leak out. */
export const widgetStyles = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans TC", sans-serif; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; width: 56px; height: 56px; display: flex; align-items: center; justify-content: center;
  border-radius: 50%; border: 0; background: #5b3d7a; color: #fff; font-size: 26px; cursor: pointer;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.panel { position: fixed; right: 20px; bottom: 88px; z-index: 2147483000; width: 360px; max-width: calc(100vw - 40px);
  height: 540px; max-height: calc(100vh - 120px); display: flex; flex-direction: column; background: #fff;
  color: #222; border-radius: 14px; box-shadow: 0 8px 32px rgba(0,0,0,.25); overflow: hidden; font-size: 14px; }
.panel[hidden] { display: none; }
.head { display: flex; align-items: center; justify-content: space-between; padding: 12px 16px; background: #5b3d7a; color: #fff; }
.head strong { font-size: 15px; }
.icon { background: none; border: 0; color: inherit; font-size: 22px; cursor: pointer; line-height: 1; }
.status { padding: 4px 16px; font-size: 12px; background: #fff4d6; color: #6b5200; }
.status[hidden] { display: none; }
.thread { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f6f3f8; }
.message { max-width: 85%; padding: 8px 12px; border-radius: 12px; background: #fff; align-self: flex-start;
  box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.message--in { align-self: flex-end; background: #e5d9f2; }
.message--pending { opacity: .6; }
.text, .header, .footer, .card-title { margin: 0 0 4px; white-space: pre-wrap; word-wrap: break-word; }
.header, .card-title { font-weight: 600; }
.footer { color: #777; font-size: 12px; }
.media { display: block; max-width: 100%; border-radius: 8px; margin-bottom: 4px; }
.options { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; }
.option { border: 1px solid #5b3d7a; color: #5b3d7a; background: #fff; border-radius: 16px; padding: 6px 12px;
  cursor: pointer; font-size: 13px; margin-top: 4px; }
.option:hover { background: #f1e9f8; }
.link { color: #5b3d7a; font-weight: 600; display: inline-block; margin-top: 4px; }
.chip { display: inline-block; margin-top: 4px; padding: 2px 8px; border-radius: 10px; background: #eee; color: #555; font-size: 12px; }
.reaction { font-size: 20px; }
.cards { display: flex; gap: 8px; overflow-x: auto; margin-top: 4px; }
.card { flex: 0 0 200px; border: 1px solid #eee; border-radius: 10px; padding: 8px; display: flex; flex-direction: column; }
.continue { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 12px; font-size: 12px;
  border-top: 1px solid #eee; color: #555; }
.continue-link { padding: 3px 10px; border-radius: 12px; color: #fff; text-decoration: none; background: #555; }
.continue-link--whatsapp { background: #1f8f4e; }
.continue-link--messenger { background: #0866ff; }
.continue-link--line { background: #06a33a; }
.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #eee; }
.composer input { flex: 1; padding: 8px 10px; border: 1px solid #ccc; border-radius: 18px; font-size: 14px; }
.composer button { border: 0; border-radius: 18px; padding: 0 14px; background: #5b3d7a; color: #fff; cursor: pointer; }
.sheet { position: absolute; left: 0; right: 0; bottom: 0; max-height: 70%; overflow-y: auto; background: #fff;
  border-radius: 14px 14px 0 0; box-shadow: 0 -4px 16px rgba(0,0,0,.2); padding: 12px; }
.sheet-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8px; }
.sheet-title { margin: 8px 0 4px; color: #777; font-size: 12px; text-transform: uppercase; }
.sheet-option { display: flex; flex-direction: column; align-items: flex-start; width: 100%; text-align: left;
  border: 0; border-bottom: 1px solid #f0f0f0; background: #fff; padding: 10px 4px; cursor: pointer; font-size: 14px; }
.sheet-option small { color: #777; }
`;
