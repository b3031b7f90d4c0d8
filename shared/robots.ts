/**
 * robots.txt for the portal at `origin`: the pages may be crawled, the API may not, except the
 * sitemap and the feed. Search engines want the sitemap as an absolute URL, so the file is made
 * for the origin it is served from (by CloudFront in AWS, by the local server on a laptop).
 */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Allow: /api/sitemap.xml',
    'Allow: /api/feed.atom',
    `Sitemap: ${origin}/api/sitemap.xml`,
    '',
  ].join('\n');
}
