// Mimics the real content script's shape: a closed shadow root holding a launcher and, once clicked, a frame.
const host = document.createElement('gig-screener-root');
const root = host.attachShadow({ mode: 'closed' });
const button = document.createElement('button');
button.textContent = 'GS';
button.addEventListener('click', () => {
  const frame = document.createElement('iframe');
  frame.src = `${chrome.runtime.getURL('overlay.html')}#n=smoke`;
  root.append(frame);
});
root.append(button);
host.style.cssText = 'position:fixed;right:0;top:40%;z-index:2147483646';
document.documentElement.append(host);
