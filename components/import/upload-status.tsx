"use client";

import { formatBytes } from "@/lib/import/limits";
import type { ImportIssue } from "@/lib/import/types";
import { formatIssue } from "@/lib/imported/upload";
import styles from "./import.module.css";

export type UploadPhase =
  | { kind: "idle" }
  | { kind: "uploading"; fileName: string; loaded: number; total: number; sent: boolean }
  | { kind: "cancelled"; fileName: string }
  | { kind: "error"; fileName: string; title: string; message: string; issues: ImportIssue[] };

/** Progress of the upload with a way to stop it, or why the last file was refused. */
export function UploadStatus({ phase, onCancel }: { phase: UploadPhase; onCancel: () => void }) {
  if (phase.kind === "idle") return null;
  if (phase.kind === "cancelled") {
    return <p className={styles.statusLine}>The upload of {phase.fileName} was cancelled. Nothing was read.</p>;
  }
  if (phase.kind === "error") {
    return (
      <div className="notice notice--error" data-testid="import-error">
        <h3 className={styles.errorTitle}>
          {phase.title}: {phase.fileName}
        </h3>
        {phase.issues.length === 0 ? (
          <p>{phase.message}</p>
        ) : (
          <>
            <p>
              {phase.issues.length === 1
                ? "One problem was found. Fix it in the file and try again:"
                : `${phase.issues.length} problems were found. Fix them in the file and try again:`}
            </p>
            <ul className={styles.issueList}>
              {phase.issues.map((issue, index) => (
                <li key={index}>{formatIssue(issue)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  const percent = phase.total > 0 ? Math.min(100, Math.round((phase.loaded / phase.total) * 100)) : 0;
  return (
    <div className={styles.progressBlock}>
      <div className={styles.progressHead}>
        <span>
          {phase.sent
            ? `Reading ${phase.fileName} on the server…`
            : `Uploading ${phase.fileName}: ${formatBytes(phase.loaded)} of ${formatBytes(phase.total)}`}
        </span>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div
        className={phase.sent ? `${styles.progress} ${styles.progressWaiting}` : styles.progress}
        role="progressbar"
        aria-label={`Upload of ${phase.fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={phase.sent ? "Uploaded; reading on the server" : `${percent}% uploaded`}
      >
        <div className={styles.progressFill} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
