/** Writes text to the clipboard with the async API, or the older execCommand where that is missing. */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard !== undefined) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // A refused permission is not an error to report: the fallback below still may copy.
    }
  }
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const scratch = document.createElement("textarea");
  scratch.value = text;
  scratch.setAttribute("readonly", "");
  scratch.className = "visually-hidden";
  document.body.append(scratch);
  scratch.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  scratch.remove();
  previousFocus?.focus();
  return copied;
}
