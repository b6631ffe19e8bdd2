/**
 * Renders tests/fixtures/captures/source/listing.json into a faithful reproduction of a Hugging Face
 * papers listing page (header, navigation, search box, paper cards, footer). The HTML is the page the
 * capture tools copy; the JSON is what every capture must give back.
 */
import { escapeHtml, type Listing, type ListingPaper } from './listing.ts';

/** The site navigation in the page's header and, shorter, in its footer: [address, text]. */
const HEADER_LINKS = [
  ['/models', 'Models'],
  ['/datasets', 'Datasets'],
  ['/spaces', 'Spaces'],
  ['/posts', 'Posts'],
  ['/docs', 'Docs'],
  ['/enterprise', 'Enterprise'],
  ['/pricing', 'Pricing'],
  ['/login', 'Log In'],
  ['/join', 'Sign Up'],
] as const;
const FOOTER_LINKS = [
  ['/models', 'Models'],
  ['/datasets', 'Datasets'],
  ['/spaces', 'Spaces'],
  ['/pricing', 'Pricing'],
  ['/docs', 'Docs'],
] as const;

/** A list of links, one `<li>` a line. */
function linkList(links: ReadonlyArray<readonly [href: string, text: string]>): string {
  return links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('\n');
}

const AVATAR = 'https://cdn-avatars.huggingface.co/v1/production/uploads/avatar.png';

/** The whole page: chrome around one card per paper. */
export function renderListing(listing: Listing): string {
  const { pageDate, query } = listing;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<base href="https://huggingface.co/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Daily Papers - Hugging Face</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
header nav ul, footer ul, .avatars { list-style: none; display: flex; gap: 1rem; padding: 0; }
article { border: 1px solid #ddd; margin: 1rem; padding: 1rem; }
.meta { display: flex; gap: .5rem; align-items: center; }
</style>
</head>
<body>
<header>
<nav aria-label="Main">
<a href="/" class="logo"><img src="/front/assets/huggingface_logo-noborder.svg" alt="Hugging Face's logo"> Hugging Face</a>
<form action="/search" class="global-search"><input type="text" name="q" placeholder="Search models, datasets, users..." aria-label="Search Hugging Face"></form>
<ul>
${linkList(HEADER_LINKS)}
</ul>
</nav>
</header>
<main>
<section class="papers-header">
<a href="/papers?new=1">new</a>
<p>Get trending papers in your email inbox!</p>
<a href="/login?next=%2Fpapers">Subscribe</a>
<h1><a href="/papers">Daily Papers</a></h1>
<p>by<a href="/akhaliq">AK</a> and the research community</p>
<form action="/papers" role="search"><label for="papers-search" class="sr-only">Search papers</label><input id="papers-search" type="search" name="q" value="${escapeHtml(query)}" placeholder="Search any paper with AI"></form>
<nav aria-label="Dates">
<a href="/papers/date/${pageDate.previous}">Previous</a>
<a href="/papers/date/${pageDate.iso}"><time datetime="${pageDate.iso}">${pageDate.shown}</time></a>
<a href="/papers/date/${pageDate.next}">Next</a>
</nav>
</section>
<section class="papers">
${listing.papers.map(renderCard).join('\n')}
</section>
</main>
<footer>
<ul>
<li>System theme</li>
<li><a href="/terms-of-service">TOS</a></li>
<li><a href="/privacy">Privacy</a></li>
<li><a href="/huggingface">About</a></li>
<li><a href="https://apply.workable.com/huggingface/">Jobs</a></li>
</ul>
<p><a href="/"><img src="/front/assets/huggingface_logo-noborder.svg" alt=""></a></p>
<ul>
${linkList(FOOTER_LINKS)}
</ul>
</footer>
</body>
</html>
`;
}

function renderCard(paper: ListingPaper): string {
  const href = `/papers/${paper.arxiv}`;
  const upvotes = paper.upvotes === 0 ? '-' : String(paper.upvotes);
  const submitted = paper.submittedBy
    ? `<div class="submitted"><img src="${AVATAR}" alt="" class="avatar"> Submitted by <a href="/${paper.submittedBy}">${paper.submittedBy}</a></div>\n`
    : '';
  const by = paper.organization
    ? `<a href="/${paper.organization.slug}" class="org"><img src="${AVATAR}" alt="" class="avatar"> <span>${escapeHtml(paper.organization.slug)}</span> <span>${escapeHtml(paper.organization.name)}</span></a>`
    : `<ul class="avatars"><li><img src="${AVATAR}" alt=""></li><li><img src="${AVATAR}" alt=""></li></ul>\n<span>• ${paper.authorsCount} authors</span>`;
  const comments =
    paper.comments === undefined
      ? ''
      : `\n<a href="${href}#community" class="comments"><svg aria-hidden="true" width="12" height="12"></svg> ${paper.comments}</a>`;
  return `<article>
<a href="${href}" class="thumbnail"><img src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${paper.arxiv}.png" alt="" loading="lazy"></a>
${submitted}<a href="/login?next=%2Fpapers" class="upvote"><svg aria-hidden="true" width="12" height="12"></svg><div>${upvotes}</div></a>
<h3><a href="${href}">${escapeHtml(paper.title)}</a></h3>
<p class="abstract">${paper.abstract.split('\n').map(escapeHtml).join('<br>\n')}</p>
<div class="meta">
<div class="by">${by}</div>
<div>·</div>
<div><time>${paper.date}</time>${comments}</div>
</div>
</article>`;
}
