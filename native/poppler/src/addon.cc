// cpc's PDF text reader on poppler: a PDF's bytes -> each page's text items in content-stream order, cut as pdf.js
// cuts them, with position, size and font. One synchronous call per document; cpc calls it from its reader
// processes.
//
// It uses poppler's TextOutputDev in raw order (no reading-order analysis: cpc's own layout code does that) and
// counts the content stream's characters as TextPage does, so that each marked-content boundary can be matched to
// the word after it: pdf.js, cpc's other PDF engine, starts a fresh text chunk at the same places (readPage). Pages
// that name the same fonts are drawn through one Gfx, so that each font is loaded once a document (PagePainter).
#include <node_api.h>

#include <Annot.h>
#include <Catalog.h>
#include <Error.h>
#include <Gfx.h>
#include <GfxFont.h>
#include <GlobalParams.h>
#include <Page.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <poppler-config.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

// Numbers a text item: x, y (baseline, up from the page's bottom), width, font size, font (an index into the
// document's font names), 1 for an empty end-of-line item, and how many pieces it is given as (0: as its text).
constexpr int kFields = 7;

void quiet(ErrorCategory, Goffset, const char *) {}

std::once_flag initialised;

void initialise() {
  std::call_once(initialised, [] {
    globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(quiet);
  });
}

// TextOutputDev that also notes, in TextPage's character positions, where each marked-content sequence begins
// and ends.
class MarkingTextOutputDev : public TextOutputDev {
public:
  MarkingTextOutputDev() : TextOutputDev(nullptr, false, 0, true, false) {}

  void startPage(int pageNum, GfxState *state, XRef *xref) override {
    TextOutputDev::startPage(pageNum, state, xref);
    position = 0;
    boundaries.clear();
    spaces.clear();
    lastFont = nullptr;
    fontsDrawn.clear();
  }
  void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override {
    if (overBudget()) return;  // past the text limit: keep nothing more, the page is being abandoned
    TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    const GfxFont *font = state->getFont().get();
    if (font != lastFont) {
      lastFont = font;
      if (font != nullptr && std::find(fontsDrawn.begin(), fontsDrawn.end(), font) == fontsDrawn.end()) fontsDrawn.push_back(font);
    }
    chars += uLen > 0 ? uLen : 1;
    if (uLen > 0 && u[0] == 0x20) spaces.push_back(position);
    position += nBytes;
  }
  void incCharCount(int nChars) override {
    TextOutputDev::incCharCount(nChars);
    position += nChars;
  }
  void beginMarkedContent(const char *name, Dict *properties) override {
    if (draining) return;
    TextOutputDev::beginMarkedContent(name, properties);
    mark();
  }
  void endMarkedContent(GfxState *state) override {
    if (draining) {
      drained++;
      return;
    }
    TextOutputDev::endMarkedContent(state);
    mark();
  }
  void endActualText(GfxState *state) override {
    if (!draining) TextOutputDev::endActualText(state);
  }

  // While set, the marked-content sequences a page left open are being closed (see PagePainter): the device is not
  // told of them, as poppler's own page loop drops them unseen with its Gfx; `drained` counts them.
  bool draining = false;
  int drained = 0;
  // The fonts this page's text was drawn in.
  std::vector<const GfxFont *> fontsDrawn;

  // Character positions at which a marked-content sequence began or ended, ascending: pdf.js ends its text item
  // at both.
  std::vector<int> boundaries;
  // Character positions of space characters, ascending (TextOutputDev sets no word's spaceAfter in raw order).
  std::vector<int> spaces;
  // Characters drawn so far in the document, and the most it may draw: past it, reading stops (a compressed stream
  // of text operators would otherwise grow poppler's word lists without bound).
  double chars = 0;
  double maxChars = 0;

  bool overBudget() const { return chars > maxChars; }
  // displayPage's abort callback: poppler asks it between content-stream operators.
  static bool abortCheck(void *dev) { return static_cast<MarkingTextOutputDev *>(dev)->overBudget(); }

private:
  void mark() {
    if (boundaries.empty() || boundaries.back() != position) boundaries.push_back(position);
  }

  int position = 0;
  const GfxFont *lastFont = nullptr;
};

// Draws a document's pages into the device. Poppler's own page loop (PDFDoc::displayPage) gives each page a fresh
// Gfx, which loads every font the page's resources name (its widths, its ToUnicode map, the start of its embedded
// program), though most documents name the same font objects on every page: a sixth of poppler's time on long
// reports (400 of the sector benchmark's PDFs: 15.7 s, 13.3 s with this). Pages of one crop box whose fonts agree
// (each name, on every such page, the same font object) are drawn through one Gfx that loads those fonts once:
// each page's other resources are pushed over them, its contents drawn between a saved and a restored graphics
// state, and its annotations as poppler draws them. The words are those of poppler's own loop, which draws any
// other page, and a shared page again when sharing could have changed it:
// - a document with optional content (layers) is not shared at all: a layer left off could hide later pages;
// - nor a page without resources (poppler draws no text from it);
// - the marked-content sequences a page leaves open are closed after it, unseen by the device, as poppler's loop
//   drops them with its Gfx (past kDrain of them, the rest of the document is drawn by poppler's loop);
// - a page whose text was drawn in a shared font it does not name itself (a name it uses but never declares, which
//   poppler would not find) is drawn again by poppler's loop.
// Loading every page's fonts before the first page is drawn could make poppler rebuild a damaged file's
// cross-reference table sooner than its own loop would; `rebuiltTable` says so, and the caller then reads a fresh
// copy of the file without sharing.
class PagePainter {
public:
  PagePainter(PDFDoc &doc, MarkingTextOutputDev &dev, bool share, const int &rebuilds) : doc(doc), dev(dev), shared(doc.getNumPages() + 1, false) {
    const int before = rebuilds;
    if (share) prepare();
    rebuiltTable = rebuilds != before;
  }

  // Preparing made poppler rebuild the cross-reference table: this document's words may not be poppler's own.
  bool rebuiltTable = false;

  void paint(int page) {
    if (gfx == nullptr || !shared[page]) return drawAlone(page);
    Page *p = doc.getPage(page);
    XRef *xref = doc.getXRef();
    GfxState *state = gfx->getState();
    dev.startPage(page, state, xref);
    dev.setDefaultCTM(state->getCTM());
    dev.updateAll(state);
    const double charsBefore = dev.chars;
    Dict *resources = p->getResourceDict();  // not null: see prepare
    Object own(resources->copy(xref));  // the page's resources but its fonts
    own.getDict()->remove("Font");
    gfx->pushResources(own.getDict());
    Object contents = p->getContents();
    if (!contents.isNull()) {
      gfx->saveState();
      gfx->display(&contents);
      gfx->restoreState();
    } else {
      dev.dump();
    }
    Annots *annots = p->getAnnots();
    if (!annots->getAnnots().empty()) {
      for (Annot *annot : annots->getAnnots()) annot->draw(gfx.get(), false);
      dev.dump();
    }
    const bool allClosed = closeOpenSequences();
    gfx->popResources();
    dev.endPage();
    if (usedUndeclaredFont(resources->lookup("Font"))) {
      dev.chars = charsBefore;
      drawAlone(page);
    }
    if (!allClosed) gfx.reset();
  }

private:
  // How many marked-content sequences left open by a page are closed after it; a page that leaves more ends sharing.
  static constexpr int kDrain = 16;

  // rotate back the page's own /Rotate: positions in the page's unrotated space, as pdf.js reports them
  void drawAlone(int page) { doc.displayPage(&dev, page, 72, 72, (360 - doc.getPageRotate(page)) % 360, false, true, false, MarkingTextOutputDev::abortCheck, &dev); }

  // End, unseen by the device, the marked-content sequences the page left open (an `EMC` with none open does
  // nothing); false when there may be more than kDrain of them.
  bool closeOpenSequences() {
    static const char ends[] = "EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC";
    static_assert(sizeof ends == kDrain * 4, "one EMC a sequence");
    Object stream(static_cast<Stream *>(new MemStream(ends, 0, sizeof ends - 1, Object(objNull))));
    dev.draining = true;
    dev.drained = 0;
    gfx->display(&stream, false);
    dev.draining = false;
    return dev.drained < kDrain;
  }

  // Whether the page's text was drawn in a shared font under a name the page's own font resources do not give it.
  bool usedUndeclaredFont(const Object &pageFonts) const {
    for (const GfxFont *font : dev.fontsDrawn) {
      auto known = fonts.find(font->getTag());
      if (known == fonts.end() || known->second != *font->getID()) continue;  // not one of the shared fonts
      if (!pageFonts.isDict()) return true;
      const Object &own = pageFonts.dictLookupNF(font->getTag().c_str());
      if (!own.isRef() || own.getRef() != *font->getID()) return true;
    }
    return false;
  }

  void prepare() {
    if (doc.getCatalog()->getOptContentConfig() != nullptr) return;
    const int count = doc.getNumPages();
    XRef *xref = doc.getXRef();
    const PDFRectangle *box = nullptr;
    int first = 0, sharing = 0;
    // every page is drawn unturned (paint undoes its /Rotate), so pages of one crop box share one graphics state
    for (int page = 1; page <= count; page++) {
      Page *p = doc.getPage(page);
      if (p == nullptr) continue;
      if (box != nullptr && !(*p->getCropBox() == *box)) continue;
      Dict *resources = p->getResourceDict();
      if (resources == nullptr || !agree(resources->lookup("Font"), fonts)) continue;
      if (box == nullptr) {
        box = p->getCropBox();
        first = page;
      }
      shared[page] = true;
      sharing++;
    }
    if (sharing < 2) return;
    Dict *fontDict = new Dict(xref);
    for (const auto &[name, ref] : fonts) fontDict->add(name.c_str(), Object(ref));
    Object base(new Dict(xref));
    base.getDict()->add("Font", Object(fontDict));
    gfx = std::make_unique<Gfx>(&doc, &dev, first, base.getDict(), 72, 72, box, nullptr, 0, MarkingTextOutputDev::abortCheck, &dev, xref);
  }

  // Whether a page's font resources name no font that an earlier shared page names otherwise; if so, `fonts` takes
  // its names.
  static bool agree(const Object &pageFonts, std::map<std::string, Ref> &fonts) {
    if (pageFonts.isNull()) return true;
    if (!pageFonts.isDict()) return false;
    Dict *dict = pageFonts.getDict();
    for (int i = 0; i < dict->getLength(); i++) {
      const Object &value = dict->getValNF(i);
      if (!value.isRef()) return false;
      auto known = fonts.find(dict->getKey(i));
      if (known != fonts.end() && known->second != value.getRef()) return false;
    }
    for (int i = 0; i < dict->getLength(); i++) fonts.emplace(dict->getKey(i), dict->getValNF(i).getRef());
    return true;
  }

  PDFDoc &doc;
  MarkingTextOutputDev &dev;
  std::vector<bool> shared;
  // The shared fonts: each name, the font object it names on every shared page.
  std::map<std::string, Ref> fonts;
  std::unique_ptr<Gfx> gfx;
};

napi_value fail(napi_env env, const char *code, const std::string &message) {
  napi_value error_code, error_message, error;
  napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &error_code);
  napi_create_string_utf8(env, message.c_str(), message.size(), &error_message);
  napi_create_error(env, error_code, error_message, &error);
  napi_throw(env, error);
  return nullptr;
}

napi_value utf8(napi_env env, const std::string &text) {
  napi_value value;
  napi_create_string_utf8(env, text.data(), text.size(), &value);
  return value;
}

void set(napi_env env, napi_value object, const char *key, napi_value value) { napi_set_named_property(env, object, key, value); }

void appendUtf8(std::string &out, Unicode u) {
  if (u < 0x80) {
    out.push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (u >> 6)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
    out.push_back(static_cast<char>(0xE0 | (u >> 12)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x110000) {
    out.push_back(static_cast<char>(0xF0 | (u >> 18)));
    out.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    appendUtf8(out, 0xFFFD);
  }
}

struct Fonts {
  std::unordered_map<std::string, int> index;
  std::vector<std::string> names;

  int of(const TextWord &word) {
    const TextFontInfo *info = word.getFontInfo(0);
    const GooString *name = info == nullptr ? nullptr : info->getFontName();
    std::string key = name == nullptr ? std::string() : name->toStr();
    auto known = index.find(key);
    if (known != index.end()) return known->second;
    const int next = static_cast<int>(names.size());
    index.emplace(key, next);
    names.push_back(std::move(key));
    return next;
  }
};

// pdf.js's limits, in ems, for a gap within one text item: wider than the first is a space; wider than the second
// ends the item.
constexpr double kSpaceInFlowMin = 0.102;
constexpr double kSpaceInFlowMax = 0.6;

// A text item being built from a page's words.
struct Chunk {
  std::string text;
  double x = 0, y = 0, right = 0, size = 0;
  int font = 0;
  // where each word after the first begins in `text` (before the space that joins it), when a word holds a ligature
  std::vector<size_t> cuts;
  bool ligature = false;
};

// What one page's items are built into.
struct PageItems {
  std::string texts;   // each item's text, NUL-separated (empty for an item given as pieces)
  std::string pieces;  // the pieces of the items whose words hold a ligature, NUL-separated
  std::vector<double> numbers;
  size_t count = 0;        // items
  size_t pieceCount = 0;   // pieces

  void add(const std::string &text, double x, double y, double width, double size, int font, bool eol, const std::vector<size_t> *cuts) {
    if (count++ > 0) texts.push_back('\0');
    const size_t piecesBefore = pieceCount;
    if (cuts == nullptr) {
      texts += text;
    } else {
      size_t from = 0;
      for (size_t i = 0; i <= cuts->size(); i++) {
        const size_t to = i < cuts->size() ? (*cuts)[i] : text.size();
        if (pieceCount++ > 0) pieces.push_back('\0');
        pieces.append(text, from, to - from);
        from = to;
      }
    }
    numbers.insert(numbers.end(), {x, y, width, size, static_cast<double>(font), eol ? 1.0 : 0.0, static_cast<double>(pieceCount - piecesBefore)});
  }
};

// A ligature character (the alphabetic presentation forms U+FB00-FB4F: ﬁ, ﬂ, ﬃ...), which cpc reads as its letters.
bool isLigature(Unicode u) { return u >= 0xFB00 && u <= 0xFB4F; }

// One page -> { items: string, pieces: string, numbers: Float64Array(kFields per item) }, or nullptr (an error is
// then pending) when a buffer cannot be made or the document's text passes the limit.
//
// The page's words, in content-stream order, are joined into text items as pdf.js cuts them, so that both engines
// feed the layout the same items: an item ends where the font or size changes, the baseline moves, a gap wider than
// 0.6 em opens, or a marked-content sequence begins or ends; and an empty end-of-line item comes before an item that
// begins after such a boundary (or in another font) on a new line, as pdf.js reports a fresh chunk. A word is
// joined with a space when a space character follows the word before it or the gap is wider than 0.102 em. An item
// with a ligature in one of its words is given as pieces (each word, with the space before it), for the reader to
// write its ligatures as letters word by word, as pdf.js does.
napi_value readPage(napi_env env, PDFDoc &doc, int page, PagePainter &painter, MarkingTextOutputDev &dev, Fonts &fonts) {
  painter.paint(page);
  if (dev.overBudget()) return fail(env, "too-large", "more characters of text than the limit");
  const double height = doc.getPageCropHeight(page);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  const int count = list ? list->getLength() : 0;
  PageItems items;
  Chunk chunk;
  bool haveChunk = false;
  bool spaceAfter = false;  // a space character follows the previous word
  const auto flush = [&] {
    if (haveChunk) items.add(chunk.text, chunk.x, chunk.y, chunk.right - chunk.x, chunk.size, chunk.font, false, chunk.ligature ? &chunk.cuts : nullptr);
    haveChunk = false;
  };
  std::string word;
  size_t boundary = 0;  // the next marked-content boundary not yet matched to a word
  size_t space = 0;  // the next space character not yet passed
  int previousEnd = 0;
  for (int i = 0; i < count; i++) {
    const TextWord *w = list->get(i);
    word.clear();
    bool ligature = false;
    for (int c = 0; c < w->getLength(); c++) {
      const Unicode u = *w->getChar(c);
      ligature = ligature || isLigature(u);
      appendUtf8(word, u == 0 ? 0xFFFD : u);  // NUL separates the items
    }
    double xMin, yMin, xMax, yMax;
    w->getBBox(&xMin, &yMin, &xMax, &yMax);
    const int position = w->getCharPos();
    bool opens = false;
    while (boundary < dev.boundaries.size() && dev.boundaries[boundary] <= position) {
      if (dev.boundaries[boundary] >= previousEnd) opens = true;
      boundary++;
    }
    previousEnd = position + w->getCharLen();
    while (space < dev.spaces.size() && dev.spaces[space] < previousEnd) space++;
    const TextWord *next = i + 1 < count ? list->get(i + 1) : nullptr;
    const bool spaced = space < dev.spaces.size() && (next == nullptr || dev.spaces[space] < next->getCharPos());

    const double x = xMin;
    const double y = height - w->getBaseline();
    const double right = x + (xMax - xMin);
    const double size = w->getFontSize();
    const int font = fonts.of(*w);
    const bool newLine = haveChunk && std::abs(chunk.y - y) > 0.4 * std::max(size, chunk.size);
    const double gap = haveChunk ? x - chunk.right : 0;
    const bool sameRun = haveChunk && !opens && !newLine && chunk.font == font && std::abs(chunk.size - size) < 0.01 && gap <= kSpaceInFlowMax * size;
    if (sameRun) {
      chunk.cuts.push_back(chunk.text.size());
      if (spaceAfter || gap > kSpaceInFlowMin * size) chunk.text.push_back(' ');
      chunk.text += word;
      chunk.ligature = chunk.ligature || ligature;
      chunk.right = right;
    } else {
      const bool lineBreak = haveChunk ? newLine : items.count > 0;
      const int ended = chunk.font;  // the font of the item that ends here (there is one whenever lineBreak is true)
      flush();
      if (lineBreak && (opens || font != ended)) items.add(std::string(), x, y, 0, size, font, true, nullptr);
      else if (spaceAfter && items.count > 0 && !newLine) items.add(" ", x, y, 0, size, font, false, nullptr);
      chunk.text = word;
      chunk.cuts.clear();
      chunk.ligature = ligature;
      chunk.x = x;
      chunk.y = y;
      chunk.right = right;
      chunk.size = size;
      chunk.font = font;
      haveChunk = true;
    }
    spaceAfter = spaced;
  }
  flush();
  napi_value buffer, numbers;
  double *data = nullptr;
  if (napi_create_arraybuffer(env, items.numbers.size() * sizeof(double), reinterpret_cast<void **>(&data), &buffer) != napi_ok ||
      napi_create_typedarray(env, napi_float64_array, items.numbers.size(), buffer, 0, &numbers) != napi_ok || (!items.numbers.empty() && data == nullptr)) {
    return nullptr;
  }
  std::copy(items.numbers.begin(), items.numbers.end(), data);
  napi_value result;
  napi_create_object(env, &result);
  set(env, result, "items", utf8(env, items.texts));
  set(env, result, "pieces", utf8(env, items.pieces));
  set(env, result, "numbers", numbers);
  return result;
}

// readPdf(bytes: Uint8Array, maxChars?: number) -> { pages: Page[], fonts: string[] }; throws an Error whose code
// is 'pdf-corrupt', 'pdf-encrypted', or 'too-large' once the pages drawn hold more than maxChars characters.
napi_value ReadPdfUnguarded(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  bool typed = false;
  if (argc < 1 || napi_is_typedarray(env, argv[0], &typed) != napi_ok || !typed) return fail(env, "ERR_INVALID_ARG_TYPE", "readPdf expects a Uint8Array");
  napi_typedarray_type type;
  size_t length;
  void *bytes;
  napi_get_typedarray_info(env, argv[0], &type, &length, &bytes, nullptr, nullptr);
  if (type != napi_uint8_array) return fail(env, "ERR_INVALID_ARG_TYPE", "readPdf expects a Uint8Array");

  initialise();
  int rebuilds = 0;  // times poppler rebuilt a damaged file's cross-reference table
  const auto open = [&] {
    return std::make_unique<PDFDoc>(new MemStream(static_cast<const char *>(bytes), 0, static_cast<Goffset>(length), Object(objNull)), std::optional<GooString>(),
                                    std::optional<GooString>(), nullptr, [&rebuilds] { rebuilds++; });
  };
  std::unique_ptr<PDFDoc> doc = open();
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted) return fail(env, "pdf-encrypted", "the PDF is encrypted and needs a password");
    const int code = doc->getErrorCode();
    return fail(env, "pdf-corrupt", code == errDamaged ? "the file is damaged or cut short" : code == errBadCatalog ? "its catalog (the list of pages) cannot be read" : "it is not a PDF poppler can parse");
  }
  MarkingTextOutputDev dev;
  dev.maxChars = 1e300;
  napi_valuetype limitType = napi_undefined;
  if (argc >= 2 && napi_typeof(env, argv[1], &limitType) == napi_ok && limitType == napi_number) napi_get_value_double(env, argv[1], &dev.maxChars);
  Fonts fonts;
  auto painter = std::make_unique<PagePainter>(*doc, dev, true, rebuilds);
  if (painter->rebuiltTable) {
    // a fresh copy of the file, read page by page as poppler's own loop reads it
    painter.reset();
    doc = open();
    painter = std::make_unique<PagePainter>(*doc, dev, false, rebuilds);
  }
  const int count = doc->getNumPages();
  napi_value pages;
  napi_create_array_with_length(env, count, &pages);
  for (int i = 1; i <= count; i++) {
    napi_value page = readPage(env, *doc, i, *painter, dev, fonts);
    if (page == nullptr) return nullptr;
    napi_set_element(env, pages, i - 1, page);
  }
  napi_value names;
  napi_create_array_with_length(env, fonts.names.size(), &names);
  for (size_t i = 0; i < fonts.names.size(); i++) napi_set_element(env, names, i, utf8(env, fonts.names[i]));
  napi_value result;
  napi_create_object(env, &result);
  set(env, result, "pages", pages);
  set(env, result, "fonts", names);
  return result;
}

// ReadPdfUnguarded with no C++ exception (std::bad_alloc on a huge page, say) escaping into Node, which would end
// the process: it becomes a pdf-corrupt error for this one file.
napi_value ReadPdf(napi_env env, napi_callback_info info) {
  try {
    return ReadPdfUnguarded(env, info);
  } catch (const std::exception &error) {
    return fail(env, "pdf-corrupt", std::string("poppler could not read it: ") + error.what());
  } catch (...) {
    return fail(env, "pdf-corrupt", "poppler could not read it");
  }
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_value read;
  napi_create_function(env, "readPdf", NAPI_AUTO_LENGTH, ReadPdf, nullptr, &read);
  napi_set_named_property(env, exports, "readPdf", read);
  set(env, exports, "popplerVersion", utf8(env, POPPLER_VERSION));
  return exports;
}
