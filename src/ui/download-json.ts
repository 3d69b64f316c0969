import { downloadText } from './download-text';

/** Offers a JSON document as a file download (a blob URL: nothing leaves the device). */
export function downloadJson(fileName: string, data: unknown): void {
  downloadText(fileName, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}
