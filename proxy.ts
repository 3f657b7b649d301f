/**
 * Before routing: a path with an undecodable percent-escape (`/mock/%zz`) makes Next's router throw, and
 * it would answer 500. The mock answers it as Salesforce answers a path it does not know (a 404 in the
 * REST API's shape); any other path (the relay's, a page's) a JSON 400.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { DEMO } from '@/mocks/demo';
import { notFoundResponse } from '@/mocks/http/responses';

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  if (decodable(pathname)) return NextResponse.next();
  const mount = DEMO.hosts.httpMountPath;
  if (pathname === mount || pathname.startsWith(`${mount}/`)) return notFoundResponse().toFetch();
  return NextResponse.json({ error: 'invalid_request', error_description: 'The path is not valid percent-encoding.' }, { status: 400 });
}

// Every path but Next's own assets (a narrower matcher such as one on '%' misses escapes Next decodes first).
export const config = { matcher: '/((?!_next/static|_next/image).*)' };
