/** Plain (schema-free) so the note link checks can use it without loading zod in the browser. */
// Learners must be able to trust every link: only AWS's own documentation (and AWS's GitHub
// organisations, for the SAM source) may be cited. See /work/briefs/content.md.
const AWS_DOC_HOSTS = new Set(['docs.aws.amazon.com', 'aws.amazon.com', 'docs.amazonaws.cn']);

export function isAwsDocUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (AWS_DOC_HOSTS.has(url.hostname)) return true;
  return url.hostname === 'github.com' && /^\/aws[^/]*\//.test(url.pathname);
}
