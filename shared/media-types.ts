/** RFC 9457: how every error of the API is typed. Kept apart from the schemas so that code answering errors needs no zod. */
export const problemContentType = 'application/problem+json';
