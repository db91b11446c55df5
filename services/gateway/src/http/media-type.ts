/** The media type of a request's `Content-Type` header, without parameters, lowercase; `''` when there is none. */
export function mediaTypeOf(request: Request): string {
  const header = request.headers.get('content-type') ?? '';
  return header.split(';', 1)[0]?.trim().toLowerCase() ?? '';
}
