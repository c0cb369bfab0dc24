import { handleImportRequest } from "@/lib/import/http";

// The importer streams the upload through Node's stream and Buffer APIs.
export const runtime = "nodejs";

/**
 * POST /api/import: a CSV as multipart/form-data (field "file") or as the raw body.
 * The handler answers every request in JSON (200, 413 or 422) and keeps nothing.
 */
export async function POST(request: Request): Promise<Response> {
  return handleImportRequest(request);
}
