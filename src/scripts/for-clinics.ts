// The link builder on /for-clinics/. Everything is made on this device from the name typed:
// nothing is sent anywhere. The name is only ever set as text or as a field's value, and only
// when it passes the same check the checklist makes; otherwise the page says why not.
import {
  checklistLinkFor,
  embedSnippetFor,
  paintQrCode,
  posterLinkFor,
  posterLinkText,
  qrMatrixFor,
  qrSideInModules,
  qrSvgFor,
  svgDataUrl,
} from '../lib/clinic-link.ts';
import { checkClinicName, clinicNameProblem } from '../lib/clinic-name.ts';

/** Pixels a module in the PNG: about 1,000 pixels square for a typical link, enough to print. */
const PNG_MODULE_SIZE = 24;
/** A download's object URL is freed once the browser has surely started saving the file. */
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

const tools = document.querySelector<HTMLElement>('[data-clinic-tools]')!;
const origin = tools.dataset.siteOrigin!;
const find = <T extends HTMLElement = HTMLElement>(selector: string) => tools.querySelector<T>(selector)!;
const nameInput = find<HTMLInputElement>('[data-clinic-name]');
const clinicStatus = find('[data-clinic-status]');
// The link field always holds the current link: the build fills it in, render() keeps it up to date.
const linkField = find<HTMLTextAreaElement>('[data-copy-source="link"]');

/** Brings the link, QR codes, poster and embed code in line with the name in the field, and says why a name is refused. */
function render(): void {
  const check = checkClinicName(nameInput.value);
  const name = check.ok ? check.name : undefined;
  linkField.value = checklistLinkFor(origin, name);
  find<HTMLAnchorElement>('[data-open-link]').href = linkField.value;
  find<HTMLTextAreaElement>('[data-copy-source="embed"]').value = embedSnippetFor(origin, name);
  const imageSrc = svgDataUrl(qrSvgFor(linkField.value));
  for (const image of tools.querySelectorAll<HTMLImageElement>('[data-qr-image]')) image.src = imageSrc;
  find('[data-poster-link]').textContent = posterLinkText(posterLinkFor(origin, name));
  find('[data-poster-clinic]').textContent = name ?? '';
  find('[data-poster-clinic-line]').hidden = !name;
  // A "Copied" from before would now be about text that has changed.
  for (const status of tools.querySelectorAll('[data-copy-status]')) status.textContent = '';
  clinicStatus.textContent = clinicNameProblem(check) ?? '';
}

/** Saves a file made on this page through a temporary object URL: no server is involved. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}

function downloadPng(): void {
  const matrix = qrMatrixFor(linkField.value);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = qrSideInModules(matrix) * PNG_MODULE_SIZE;
  paintQrCode(canvas.getContext('2d')!, matrix, PNG_MODULE_SIZE);
  canvas.toBlob((png) => png && saveFile(png, 'checklist-qr-code.png'), 'image/png');
}

async function copy(source: HTMLInputElement | HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(source.value);
    status.textContent = 'Copied';
  } catch {
    // No clipboard here (an older browser, or permission refused): select the text to copy by hand.
    source.focus();
    source.select();
    status.textContent = 'Selected. Press Ctrl+C, or Command+C on a Mac, to copy.';
  }
}

nameInput.addEventListener('input', render);
find('[data-clinic-form]').addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  const check = checkClinicName(nameInput.value);
  if (check.ok) clinicStatus.textContent = 'Done: the link, QR code, poster and website code below now have your clinic’s name.';
  else if (check.reason === 'empty') clinicStatus.textContent = 'Type your clinic’s name first. Until then, everything below is for the plain checklist.';
});
for (const field of tools.querySelectorAll<HTMLElement>('[data-copy-field]')) {
  const source = field.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-copy-source]')!;
  const status = field.querySelector<HTMLElement>('[data-copy-status]')!;
  field.querySelector('[data-copy-button]')!.addEventListener('click', () => copy(source, status));
}
find('[data-download="svg"]').addEventListener('click', () =>
  saveFile(new Blob([qrSvgFor(linkField.value)], { type: 'image/svg+xml' }), 'checklist-qr-code.svg')
);
find('[data-download="png"]').addEventListener('click', downloadPng);
find('[data-print-poster]').addEventListener('click', () => window.print());

// The build made everything for no name; a name the browser kept in the field (going back to
// the page) needs it all made again.
if (nameInput.value) render();
