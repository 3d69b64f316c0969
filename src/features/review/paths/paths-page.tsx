export function PathsPage() {
  return null;
}
