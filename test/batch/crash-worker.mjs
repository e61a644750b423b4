// A worker that breaks the way real ones can: it throws on one page and dies outright on another.
export default function crash(task) {
  if (task.page.inputUrl.endsWith('/throw')) throw new Error('boom');
  if (task.page.inputUrl.endsWith('/exit')) process.exit(3);
  return { source: task.page.inputUrl };
}
