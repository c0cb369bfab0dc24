import { type NextRequest } from "next/server";
import { CACHE_CONTROL } from "@/lib/api/responses";
import { requestOrigins } from "@/lib/embed";
import { embedViewFor, financingProjects } from "@/lib/embed-views";
import { answerOembed } from "@/lib/oembed";
import { SITE } from "@/lib/site";

/* How long a consumer may keep an answer: the data changes only with a rebuild. */
const CACHE_AGE_SECONDS = 3600;

export function GET(request: NextRequest) {
  const origins = requestOrigins(SITE.url, {
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  const answer = answerOembed(request.nextUrl.searchParams, {
    origins,
    providerName: SITE.name,
    projects: financingProjects(),
    titleOf: (target) => embedViewFor(target).title,
    cacheAge: CACHE_AGE_SECONDS,
  });
  const cacheControl = answer.status === 200 ? CACHE_CONTROL : "no-store";
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": cacheControl } });
}
