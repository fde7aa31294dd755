// A saved web page → the article's own text, with Mozilla's Readability (the Firefox reader
// view) on a linkedom document: navigation, "most read" boxes, cookie banners, subscription
// offers, footers, scripts and styles are not the article and never reach the index. The title,
// author and date the page declares (<title>, meta author, article:published_time, JSON-LD)
// become document metadata.
import { Readability } from "@mozilla/readability";
import { decodeText } from "../decode";
import { blockParagraphs, type DomNode } from "./blocks";
import { warningPart } from "../../warnings";
import { capText, squeeze, type DocumentMetadata, type Extraction, type ExtractionLimits } from "./types";

// linkedom's CommonJS build, required: its type declarations describe only the ES module build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require("linkedom") as { parseHTML(html: string): { document: MetaDocument } };

export function extractHtml(bytes: Uint8Array, limits: ExtractionLimits): Extraction {
  const decoded = decodeText(bytes);
  if ("skip" in decoded) return decoded;
  const notes = decoded.note ? [decoded.note] : [];
  const { document } = parseHTML(decoded.text);
  const elements = document.querySelectorAll("*").length;
  if (elements > limits.maxHtmlElements) return { skip: warningPart("warningPart.htmlTooManyElements", { elements, max: limits.maxHtmlElements }) };
  const metadata = pageMetadata(document);
  removeFurniture(document);
  let article: ReturnType<Readability<DomNode>["parse"]>;
  try {
    // The article as a DOM node (not serialised HTML): its blocks become the paragraphs.
    article = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], { serializer: (node) => node as unknown as DomNode }).parse();
  } catch (error) {
    return { skip: warningPart("warningPart.htmlNotRead", { detail: (error as Error).message }) };
  }
  const paragraphs = article?.content ? blockParagraphs(article.content) : [];
  if (!paragraphs.length) return { skip: warningPart("warningPart.htmlNoArticle") };
  const title = squeeze(article?.title ?? "") || metadata.title;
  // A declared author (meta tag, JSON-LD) before a byline found in the text ("Par la rédaction").
  const author = metadata.author ?? (squeeze(article?.byline ?? "") || undefined);
  const published = squeeze(article?.publishedTime ?? "") || metadata.published;
  const merged: DocumentMetadata = {};
  if (title) merged.title = title;
  if (author) merged.author = author;
  if (published) merged.published = published;
  // Readability drops a heading that repeats the title; a byline it kept is metadata too.
  const body = paragraphs.filter((p, i) => !(i === 0 && title && p === title) && !(author && (p === author || p === `Par ${author}` || p === `By ${author}`)));
  return { text: capText(body.join("\n\n"), limits, notes), metadata: Object.keys(merged).length ? merged : undefined, notes };
}

interface MetaElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<unknown>;
  remove(): void;
}

interface MetaDocument {
  title: string;
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}

// Page parts that are never the article. Readability skips most of them when it picks the
// article's container, but not those inside it (a subscription box under the last paragraph).
const FURNITURE_ELEMENTS = 'nav, aside, footer, form, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [aria-hidden="true"], [hidden]';
const FURNITURE_NAMES =
  /(?:^|[-_\s])(?:cookies?|consent|gdpr|rgpd|newsletter|subscri(?:be|ption)|abonn(?:ement|ez)?|paywall|promo|advert|ads?|pub|sponsor(?:ed)?|share|sharing|partage|social|related|recommended|most-?read|plus-?lus|popular|trending|outbrain|taboola|comments?|breadcrumbs?)(?:$|[-_\s])/i;

/**
 * Drops the furniture the element names or roles announce (class or id such as "cookie-banner",
 * "most-read"), but never an element holding most of the page's paragraphs: an article wrapper
 * may be named "article has-comments".
 */
function removeFurniture(document: MetaDocument): void {
  const paragraphs = document.querySelectorAll("p").length;
  const holdsArticle = (element: MetaElement) => paragraphs >= 3 && element.querySelectorAll("p").length > paragraphs / 2;
  for (const element of Array.from(document.querySelectorAll(FURNITURE_ELEMENTS))) if (!holdsArticle(element)) element.remove();
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (FURNITURE_NAMES.test(names) && !holdsArticle(element)) element.remove();
  }
}

/** The page's own metadata, when Readability finds none: <title>, meta tags, then JSON-LD. */
function pageMetadata(document: MetaDocument): DocumentMetadata {
  const meta = (selector: string) => squeeze(document.querySelector(selector)?.getAttribute("content") ?? "") || undefined;
  const out: DocumentMetadata = {};
  const title = squeeze(document.title ?? "") || meta('meta[property="og:title"]');
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]');
  if (title) out.title = title;
  if (author) out.author = author;
  if (published) out.published = published;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? "") as unknown;
      for (const item of Array.isArray(data) ? data : [data]) {
        if (!item || typeof item !== "object") continue;
        const record = item as Record<string, unknown>;
        out.title ??= typeof record.headline === "string" ? squeeze(record.headline) : undefined;
        out.published ??= typeof record.datePublished === "string" ? record.datePublished : undefined;
        const by = Array.isArray(record.author) ? record.author[0] : record.author;
        const name = typeof by === "string" ? by : by && typeof by === "object" ? (by as Record<string, unknown>).name : undefined;
        out.author ??= typeof name === "string" ? squeeze(name) : undefined;
      }
    } catch {
      // Broken JSON-LD is common and harmless: the other metadata still counts.
    }
  }
  for (const key of ["title", "author", "published"] as const) if (out[key] === undefined) delete out[key];
  return out;
}
