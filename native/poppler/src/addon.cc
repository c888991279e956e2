// cpc's PDF text reader on poppler: a PDF's bytes -> each page's text items in content-stream order, cut as pdf.js
// cuts them, with position, size and font. One synchronous call per document; cpc calls it from its reader
// processes.
//
// It makes each page's words by the rules of poppler's TextOutputDev in raw order (no reading-order analysis: cpc's
// own layout code does that), in RawWords, which keeps them in flat arrays where poppler allocates six a word, and
// counts the content stream's characters as TextPage does, so that each marked-content boundary can be matched to
// the word after it: pdf.js, cpc's other PDF engine, starts a fresh text chunk at the same places (readPage). Pages
// that name the same fonts are drawn through one Gfx, so that each font is loaded once a document (PagePainter).
//
// Licence: GPL-2.0-or-later, as poppler is. RawWords follows poppler's TextOutputDev.cc (Copyright 1997-2003 Glyph &
// Cog, LLC, and poppler's authors) rule for rule, and the addon links poppler; the rest of cpc is MIT.
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
#include <UTF.h>
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

// The document's font names, an index each, in the order their first words come.
struct Fonts {
  std::unordered_map<std::string, int> index;
  std::vector<std::string> names;

  int of(const std::string &name) {
    auto known = index.find(name);
    if (known != index.end()) return known->second;
    const int next = static_cast<int>(names.size());
    index.emplace(name, next);
    names.push_back(name);
    return next;
  }
  // Forgets the names given an index after the first n (those of a drawing being thrown away).
  void truncate(size_t n) {
    for (size_t i = n; i < names.size(); i++) index.erase(names[i]);
    if (n < names.size()) names.resize(n);
  }
};

// A word of a page as poppler's TextPage makes it in raw order, with what a text item needs of it.
struct Word {
  size_t from, to;  // its characters, in PageWords::text
  double xMin, xMax, base, fontSize;
  int font;  // the font of its first character, an index into Fonts
  int charPos, charEnd;  // the content-stream characters it was drawn from
};

// One page's words, in content-stream order.
struct PageWords {
  std::vector<Unicode> text;
  std::vector<Word> words;

  void clear() {
    text.clear();
    words.clear();
  }
};

// A spacing accent poppler joins to the letter it is drawn over (TextOutputDev.cc's combiningTable): its combining
// form, or 0.
Unicode combiningForm(Unicode u) {
  switch (u) {
    case 0x0060: return 0x0300;
    case 0x00a8: return 0x0308;
    case 0x00af: return 0x0304;
    case 0x00b4: return 0x0301;
    case 0x00b8: return 0x0327;
    case 0x02c6: return 0x0302;
    case 0x02c7: return 0x030c;
    case 0x02d8: return 0x0306;
    case 0x02d9: return 0x0307;
    case 0x02da: return 0x030a;
    case 0x02dc: return 0x0303;
    case 0x02dd: return 0x030b;
    default: return 0;
  }
}

// poppler's UnicodeIsWhitespace (UTF.cc; not exported by the library): Unicode's white space but U+1680.
bool isWhitespace(Unicode u) {
  return (u >= 0x09 && u <= 0x0D) || u == 0x20 || u == 0x85 || u == 0xA0 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
}

// poppler's unicodeTypeAlphaNum (a letter or a number in its character types) where it is known here, ASCII: 1 or
// 0 (its table counts # $ % and + , - . / : as numbers, with the digits); -1 past ASCII, where poppler's own table
// (not exported by the library either) decides.
int alphaNum(Unicode c) {
  if (c >= 0x80) return -1;
  return (c >= '0' && c <= ':') || (c >= '#' && c <= '%') || (c >= '+' && c <= '/') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? 1 : 0;
}

// The words of a page as poppler's TextPage (TextOutputDev.cc, 22.12) builds them in raw order, rule for rule, without
// what cpc never reads of them (colours, per-character matrices and edges, the reading-order analysis). poppler
// allocates six arrays a word, reallocated as it grows, and frees them all at the next page; this keeps the words in
// two flat arrays reused from page to page. On 150 long reports of the sector benchmark the addon took 3.7 s instead
// of 5.7 s, every item identical.
//
// One rule needs poppler's table of character types past ASCII (a spacing accent drawn over a letter joins it, when
// the letter is alphanumeric): where it would decide, `undecided` is set and the page must be read by poppler's own
// TextOutputDev instead (ItemsDev's exact mode).
class RawWords {
public:
  RawWords(Fonts &fonts, PageWords &page) : fonts(fonts), page(page) {}

  bool undecided = false;

  // (ItemsDev clears the page's words)
  void startPage(const GfxState *state) {
    pageFonts.clear();
    word.open = false;
    charPos = 0;
    curFont = nullptr;
    curFontSize = 0;
    nTinyChars = 0;
    undecided = false;
    pageWidth = state ? state->getPageWidth() : 0;
    pageHeight = state ? state->getPageHeight() : 0;
  }

  void endPage() { endWord(); }

  void updateFont(const GfxState *state) {
    const std::shared_ptr<GfxFont> &gfxFont = state->getFont();
    curFont = nullptr;
    for (const std::unique_ptr<FontInfo> &f : pageFonts) {
      if (f->gfxFont == gfxFont) {
        curFont = f.get();
        break;
      }
    }
    if (curFont == nullptr) {
      auto info = std::make_unique<FontInfo>();
      info->gfxFont = gfxFont;
      info->ascent = gfxFont ? gfxFont->getAscent() : 0.95;
      info->descent = gfxFont ? gfxFont->getDescent() : -0.35;
      info->wMode = gfxFont ? gfxFont->getWMode() : 0;
      info->name = gfxFont && gfxFont->getName() ? *gfxFont->getName() : std::string();
      curFont = info.get();
      pageFonts.push_back(std::move(info));
    }
    curFontSize = state->getTransformedFontSize();
    if (gfxFont && gfxFont->getType() == fontType3) curFontSize = type3Size(*static_cast<Gfx8BitFont *>(gfxFont.get()), curFontSize);
  }

  void incCharCount(int nChars) { charPos += nChars; }

  // TextPage::addChar, in raw order, with discardDiag off: a character no ActualText span takes, or a span's text
  // (ItemsDev keeps the span, for both modes)
  void addChar(const GfxState *state, double x, double y, double dx, double dy, CharCode c, int nBytes, const Unicode *u, int uLen) {
    double x1, y1, w1, h1, dx2, dy2;
    double sp = state->getCharSpace();
    if (c == static_cast<CharCode>(0x20)) sp += state->getWordSpace();
    state->textTransformDelta(sp * state->getHorizScaling(), 0, &dx2, &dy2);
    dx -= dx2;
    dy -= dy2;
    state->transformDelta(dx, dy, &w1, &h1);
    // characters off the page, or of no size
    state->transform(x, y, &x1, &y1);
    if (x1 + w1 < 0 || x1 > pageWidth || y1 + h1 < 0 || y1 > pageHeight || std::isnan(x1) || std::isnan(y1) || std::isnan(w1) || std::isnan(h1)) {
      charPos += nBytes;
      return;
    }
    if (fabs(w1) < 3 && fabs(h1) < 3 && ++nTinyChars > 50000) {
      charPos += nBytes;
      return;
    }
    if (uLen == 1 && isWhitespace(u[0])) {
      charPos += nBytes;
      endWord();
      return;
    }
    if (uLen == 1 && u[0] == 0) {
      charPos += nBytes;
      return;
    }
    if (curFont == nullptr) updateFont(state);  // poppler assumes a font was set
    if (word.open && uLen == 1 && addCombining(curFont, curFontSize, x1, y1, w1, h1, nBytes, u[0])) {
      charPos += nBytes;
      return;
    }
    // a new word where the character is not where the word's next would be, overlaps the last (duplicated text),
    // follows an overlap, or the font size or writing mode changes
    if (word.open && word.len > 0) {
      double base = 0, gap = 0, delta = 0;
      const double edge = word.edgeBefore;
      switch (word.rot) {
        case 0: base = y1; gap = x1 - word.xMax; delta = x1 - edge; break;
        case 1: base = x1; gap = y1 - word.yMax; delta = y1 - edge; break;
        case 2: base = y1; gap = word.xMin - x1; delta = edge - x1; break;
        case 3: base = x1; gap = word.yMin - y1; delta = edge - y1; break;
      }
      const bool overlap = fabs(delta) < kDupMaxPriDelta * word.fontSize && fabs(base - word.base) < kDupMaxSecDelta * word.fontSize;
      if (overlap || lastCharOverlap || gap < -kMinDupBreakOverlap * word.fontSize || gap > kMinWordBreakSpace * word.fontSize || fabs(base - word.base) > 0.5 ||
          curFontSize != word.fontSize || curFont->wMode != word.wMode) {
        endWord();
      }
      lastCharOverlap = overlap;
    } else {
      lastCharOverlap = false;
    }
    if (uLen != 0) {
      if (!word.open) beginWord(state);
      // drawn backwards (a turned page or matrix): the edges swap, and the character is a word by itself
      if ((word.rot == 0 && w1 < 0) || (word.rot == 1 && h1 < 0) || (word.rot == 2 && w1 > 0) || (word.rot == 3 && h1 > 0)) {
        endWord();
        beginWord(state);
        x1 += w1;
        y1 += h1;
        w1 = -w1;
        h1 = -h1;
      }
      w1 /= uLen;
      h1 /= uLen;
      for (int i = 0; i < uLen; ++i) addToWord(curFont, x1 + i * w1, y1 + i * h1, w1, h1, nBytes, u[i]);
    }
    charPos += nBytes;
  }

private:
  struct FontInfo {
    std::shared_ptr<GfxFont> gfxFont;
    double ascent, descent;
    int wMode;
    std::string name;
    int index = -1;  // in `fonts`, once a word has been made in it
  };

  // TextWord: its characters are the last `len` of page.text; edgeBefore and edgeLast are its edge[len - 1] and
  // edge[len].
  struct OpenWord {
    bool open = false;
    int len = 0, rot = 0, wMode = 0;
    double fontSize = 0, xMin = 0, xMax = 0, yMin = 0, yMax = 0, base = 0, edgeBefore = 0, edgeLast = 0;
    int charPos = 0, charEnd = 0;
    FontInfo *first = nullptr;
  };

  // poppler's guess at a Type 3 font's size, from the width of its "m" or some other glyph (TextPage::updateFont).
  static double type3Size(Gfx8BitFont &font, double size) {
    int mCode = -1, letterCode = -1, anyCode = -1;
    for (int code = 0; code < 256; ++code) {
      const char *name = font.getCharName(code);
      const int nameLen = name ? static_cast<int>(strlen(name)) : 0;
      const bool nameOneChar = nameLen == 1 || (nameLen > 1 && name[1] == '\0');
      if (nameOneChar && name[0] == 'm') mCode = code;
      if (letterCode < 0 && nameOneChar && ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'))) letterCode = code;
      if (anyCode < 0 && name && font.getWidth(code) > 0) anyCode = code;
    }
    double w;
    if (mCode >= 0 && (w = font.getWidth(mCode)) > 0) size *= w / 0.6;
    else if (letterCode >= 0 && (w = font.getWidth(letterCode)) > 0) size *= w / 0.5;
    else if (anyCode >= 0 && (w = font.getWidth(anyCode)) > 0) size *= w / 0.5;
    const double *fm = font.getFontMatrix();
    if (fm[0] != 0) size *= fabs(fm[3] / fm[0]);
    return size;
  }

  // TextPage::beginWord
  void beginWord(const GfxState *state) {
    double m[4];
    state->getFontTransMat(&m[0], &m[1], &m[2], &m[3]);
    const std::shared_ptr<GfxFont> &gfxFont = state->getFont();
    if (gfxFont && gfxFont->getType() == fontType3) {
      const double *fontm = gfxFont->getFontMatrix();
      const double m2[4] = {fontm[0] * m[0] + fontm[1] * m[2], fontm[0] * m[1] + fontm[1] * m[3], fontm[2] * m[0] + fontm[3] * m[2], fontm[2] * m[1] + fontm[3] * m[3]};
      std::copy(m2, m2 + 4, m);
    }
    int rot;
    if (fabs(m[0] * m[3]) > fabs(m[1] * m[2])) rot = (m[0] > 0 || m[3] < 0) ? 0 : 2;
    else rot = (m[2] > 0) ? 1 : 3;
    if (gfxFont && gfxFont->getWMode()) rot = (rot + 1) & 3;  // vertical writing: lines turned a quarter
    word = OpenWord();
    word.open = true;
    word.rot = rot;
    word.fontSize = curFontSize;
    wordFrom = page.text.size();
  }

  // TextPage::endWord and addWord: a word with no characters is dropped
  void endWord() {
    if (!word.open) return;
    word.open = false;
    if (word.len == 0) {
      page.text.resize(wordFrom);
      return;
    }
    FontInfo &font = *word.first;
    if (font.index < 0) font.index = fonts.of(font.name);
    page.words.push_back(Word{wordFrom, page.text.size(), word.xMin, word.xMax, word.base, word.fontSize, font.index, word.charPos, word.charEnd});
  }

  // TextWord::setInitialBounds
  void initialBounds(const FontInfo &font, double x, double y) {
    const double ascent = font.ascent * word.fontSize;
    const double descent = font.descent * word.fontSize;
    word.wMode = font.wMode;
    OpenWord &w = word;
    if (w.wMode) {
      switch (w.rot) {
        case 0: w.xMin = x - w.fontSize; w.yMin = y - w.fontSize; w.yMax = y; w.base = y; break;
        case 1: w.xMin = x; w.yMin = y - w.fontSize; w.xMax = x + w.fontSize; w.base = x; break;
        case 2: w.yMin = y; w.xMax = x + w.fontSize; w.yMax = y + w.fontSize; w.base = y; break;
        case 3: w.xMin = x - w.fontSize; w.xMax = x; w.yMax = y + w.fontSize; w.base = x; break;
      }
      return;
    }
    switch (w.rot) {
      case 0:
        w.xMin = x; w.yMin = y - ascent; w.yMax = y - descent;
        if (w.yMin == w.yMax) { w.yMin = y; w.yMax = y + 1; }
        w.base = y;
        break;
      case 1:
        w.xMin = x + descent; w.yMin = y; w.xMax = x + ascent;
        if (w.xMin == w.xMax) { w.xMin = x; w.xMax = x + 1; }
        w.base = x;
        break;
      case 2:
        w.yMin = y + descent; w.xMax = x; w.yMax = y + ascent;
        if (w.yMin == w.yMax) { w.yMin = y; w.yMax = y + 1; }
        w.base = y;
        break;
      case 3:
        w.xMin = x - ascent; w.xMax = x - descent; w.yMax = y;
        if (w.xMin == w.xMax) { w.xMin = x; w.xMax = x + 1; }
        w.base = x;
        break;
    }
  }

  // The word's end edge after a character from (x, y), (dx, dy) wide, in its writing mode and rotation: sets the
  // last character's edges and the bounding box side they move (TextWord::addChar).
  void placeLast(double x, double y, double dx, double dy) {
    OpenWord &w = word;
    if (w.wMode) {
      switch (w.rot) {
        case 0: w.edgeBefore = x - w.fontSize; w.xMax = w.edgeLast = x; break;
        case 1: w.edgeBefore = y - w.fontSize; w.yMax = w.edgeLast = y; break;
        case 2: w.edgeBefore = x + w.fontSize; w.xMin = w.edgeLast = x; break;
        case 3: w.edgeBefore = y + w.fontSize; w.yMin = w.edgeLast = y; break;
      }
    } else {
      switch (w.rot) {
        case 0: w.edgeBefore = x; w.xMax = w.edgeLast = x + dx; break;
        case 1: w.edgeBefore = y; w.yMax = w.edgeLast = y + dy; break;
        case 2: w.edgeBefore = x; w.xMin = w.edgeLast = x + dx; break;
        case 3: w.edgeBefore = y; w.yMin = w.edgeLast = y + dy; break;
      }
    }
  }

  // TextWord::addChar
  void addToWord(FontInfo *font, double x, double y, double dx, double dy, int charLen, Unicode u) {
    page.text.push_back(u);
    if (word.len == 0) {
      word.charPos = charPos;
      word.first = font;
      initialBounds(*font, x, y);
    }
    word.charEnd = charPos + charLen;
    placeLast(x, y, dx, dy);
    ++word.len;
  }

  // TextWord::addCombining: a spacing accent drawn over the letter before it, or a letter drawn under the accent
  // before it, joins the word as the letter and its combining accent.
  bool addCombining(FontInfo *font, double fontSize, double x, double y, double dx, double dy, int charLen, Unicode u) {
    OpenWord &w = word;
    if (w.len == 0 || w.wMode != 0 || font->wMode != 0) return false;
    Unicode &previous = page.text.back();
    const Unicode current = combiningForm(u);
    const Unicode before = combiningForm(previous);
    const double edgeMid = (w.edgeBefore + w.edgeLast) / 2;
    const bool level = w.rot == 0 || w.rot == 2;
    if (current != 0) {
      const int letter = alphaNum(previous);
      if (letter != 0) {
        const double maxMid = fabs(w.edgeLast - w.edgeBefore) * kCombMaxMidDelta;
        const double charMid = level ? x + (dx / 2) : y + (dy / 2);
        const double charBase = level ? y : x;
        const double maxBase = (level ? w.yMax - w.yMin : w.xMax - w.xMin) * kCombMaxBaseDelta;
        const bool over = !(fabs(charMid - edgeMid) >= maxMid || fabs(charBase - w.base) >= maxBase);
        if (letter < 0 && (over || before != 0)) {
          undecided = true;
          return false;
        }
        if (letter < 0) return false;  // either way poppler does not join it: not over the letter, and no accent before
        if (!over) return false;
        page.text.push_back(current);
        w.charEnd = charPos + charLen;
        w.edgeBefore = (w.edgeLast + w.edgeBefore) / 2;
        ++w.len;
        return true;
      }
    }
    if (before != 0) {
      const int letter = alphaNum(u);
      if (letter == 0) return false;
      const double maxBase = (font->ascent - font->descent) * fontSize * kCombMaxBaseDelta;
      const double charMid = level ? x + (dx / 2) : y + (dy / 2);
      const double charBase = level ? y : x;
      const double maxMid = fabs((level ? dx : dy) * kCombMaxMidDelta);
      if (fabs(charMid - edgeMid) >= maxMid || fabs(charBase - w.base) >= maxBase) return false;
      if (letter < 0) {
        undecided = true;
        return false;
      }
      w.fontSize = fontSize;
      previous = u;
      page.text.push_back(before);
      w.charEnd = charPos + charLen;
      if (w.len == 1) {
        w.first = font;
        initialBounds(*font, x, y);
      }
      placeLast(x, y, dx, dy);
      w.edgeBefore = (w.edgeLast + w.edgeBefore) / 2;
      ++w.len;
      return true;
    }
    return false;
  }

  // TextOutputDev.cc's constants
  static constexpr double kMinWordBreakSpace = 0.1;
  static constexpr double kMinDupBreakOverlap = 0.2;
  static constexpr double kDupMaxPriDelta = 0.1;
  static constexpr double kDupMaxSecDelta = 0.2;
  static constexpr double kCombMaxMidDelta = 0.3;
  static constexpr double kCombMaxBaseDelta = 0.4;

  Fonts &fonts;
  PageWords &page;
  std::vector<std::unique_ptr<FontInfo>> pageFonts;
  FontInfo *curFont = nullptr;
  double curFontSize = 0;
  double pageWidth = 0, pageHeight = 0;
  int charPos = 0;
  int nTinyChars = 0;
  bool lastCharOverlap = false;
  OpenWord word;
  size_t wordFrom = 0;
};

// The device pages are drawn into: each page's words (RawWords, or poppler's own TextOutputDev in exact mode, both
// fed the text of ActualText spans kept here) and, in TextPage's character positions, where each marked-content
// sequence begins and ends and where each space is.
class ItemsDev : public OutputDev {
public:
  ItemsDev() : raw(fonts, page) {}

  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return false; }
  bool needCharCount() override { return true; }

  void startPage(int pageNum, GfxState *state, XRef *xref) override {
    if (exact) exactDev().startPage(pageNum, state, xref);
    else raw.startPage(state);
    page.clear();
    position = 0;
    boundaries.clear();
    spaces.clear();
    lastFont = nullptr;
    fontsDrawn.clear();
  }
  void endPage() override {
    if (!exact) return raw.endPage();
    exactDev().endPage();
    const std::unique_ptr<TextWordList> list = exactDev().makeWordList();
    for (int i = 0, count = list ? list->getLength() : 0; i < count; i++) {
      const TextWord *w = list->get(i);
      Word word;
      word.from = page.text.size();
      for (int c = 0; c < w->getLength(); c++) page.text.push_back(*w->getChar(c));
      word.to = page.text.size();
      double yMin, yMax;
      w->getBBox(&word.xMin, &yMin, &word.xMax, &yMax);
      word.base = w->getBaseline();
      word.fontSize = w->getFontSize();
      const TextFontInfo *info = w->getFontInfo(0);
      const GooString *name = info == nullptr ? nullptr : info->getFontName();
      word.font = fonts.of(name == nullptr ? std::string() : name->toStr());
      word.charPos = w->getCharPos();
      word.charEnd = word.charPos + w->getCharLen();
      page.words.push_back(word);
    }
  }
  void restoreState(GfxState *state) override {
    if (exact) exactDev().restoreState(state);
    else raw.updateFont(state);
  }
  void updateFont(GfxState *state) override {
    if (exact) exactDev().updateFont(state);
    else raw.updateFont(state);
  }
  void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override {
    if (overBudget()) return;  // past the text limit: keep nothing more, the page is being abandoned
    if (span.open) {  // ActualText::addChar
      if (span.bytes == 0) {
        span.x0 = x;
        span.y0 = y;
      }
      span.x1 = x + dx;
      span.y1 = y + dy;
      span.bytes += nBytes;
    } else if (exact) {
      exactDev().drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);  // its own span is never open
    } else {
      raw.addChar(state, x, y, dx, dy, c, nBytes, u, uLen);
    }
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
    if (exact) exactDev().incCharCount(nChars);
    else raw.incCharCount(nChars);
    position += nChars;
  }
  // ActualText::begin and ::end, kept here for both modes, so that a span left open is carried from page to page
  // whichever mode draws them
  void beginActualText(GfxState *, const GooString *text) override {
    span.open = true;
    span.text = text ? text->toStr() : std::string();
    span.bytes = 0;
  }
  void endActualText(GfxState *state) override {
    if (draining) return;
    if (span.bytes != 0) {
      Unicode *uni = nullptr;
      const int length = TextStringToUCS4(span.text, &uni);
      const double x0 = span.x0, y0 = span.y0, dx = span.x1 - span.x0, dy = span.y1 - span.y0;
      if (exact) exactDev().drawChar(state, x0, y0, dx, dy, 0, 0, 0, span.bytes, uni, length);
      else raw.addChar(state, x0, y0, dx, dy, 0, span.bytes, uni, length);
      gfree(uni);
    }
    span.open = false;
    span.bytes = 0;
  }
  void beginMarkedContent(const char *, Dict *) override {
    if (!draining) mark();
  }
  void endMarkedContent(GfxState *) override {
    if (draining) {
      drained++;
      return;
    }
    mark();
  }

  // The ActualText span being drawn (ActualText in TextOutputDev.cc), carried from page to page as poppler does.
  struct Span {
    bool open = false;
    std::string text;
    int bytes = 0;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  };
  Span span;
  // What a page's drawing changes that outlives the page (the ActualText span, the font names, the characters
  // counted): a page drawn again starts from it again.
  struct Checkpoint {
    Span span;
    size_t fonts = 0;
    double chars = 0;
  };
  Checkpoint checkpoint() const { return Checkpoint{span, fonts.names.size(), chars}; }
  void rollback(const Checkpoint &before) {
    span = before.span;
    fonts.truncate(before.fonts);
    chars = before.chars;
  }

  // The page's words, once drawn.
  PageWords page;
  // The document's font names.
  Fonts fonts;
  // While set, pages are read by poppler's own TextOutputDev, for a page RawWords leaves undecided.
  bool exact = false;
  bool undecided() const { return !exact && raw.undecided; }

  // While set, the marked-content sequences a page left open are being closed (see PagePainter): the device is not
  // told of them, as poppler's own page loop drops them unseen with its Gfx; `drained` counts them.
  bool draining = false;
  int drained = 0;
  // The fonts this page's text was drawn in.
  std::vector<const GfxFont *> fontsDrawn;

  // Character positions at which a marked-content sequence began or ended, ascending: pdf.js ends its text item
  // at both.
  std::vector<int> boundaries;
  // Character positions of space characters, ascending (TextPage sets no word's spaceAfter in raw order).
  std::vector<int> spaces;
  // Characters drawn so far in the document, and the most it may draw: past it, reading stops (a compressed stream
  // of text operators would otherwise grow the word lists without bound).
  double chars = 0;
  double maxChars = 0;

  bool overBudget() const { return chars > maxChars; }
  // displayPage's abort callback: poppler asks it between content-stream operators.
  static bool abortCheck(void *dev) { return static_cast<ItemsDev *>(dev)->overBudget(); }

private:
  void mark() {
    if (boundaries.empty() || boundaries.back() != position) boundaries.push_back(position);
  }
  TextOutputDev &exactDev() {
    if (!exactOutput) exactOutput = std::make_unique<TextOutputDev>(nullptr, false, 0, true, false);
    return *exactOutput;
  }

  RawWords raw;
  std::unique_ptr<TextOutputDev> exactOutput;
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
// A page drawn again starts from the device's state before its first drawing (ItemsDev::Checkpoint).
// Loading every page's fonts before the first page is drawn could make poppler rebuild a damaged file's
// cross-reference table sooner than its own loop would; `rebuiltTable` says so, and the caller then reads a fresh
// copy of the file without sharing.
class PagePainter {
public:
  PagePainter(PDFDoc &doc, ItemsDev &dev, bool share, const int &rebuilds) : doc(doc), dev(dev), shared(doc.getNumPages() + 1, false) {
    const int before = rebuilds;
    if (share) prepare();
    rebuiltTable = rebuilds != before;
  }

  // Preparing made poppler rebuild the cross-reference table: this document's words may not be poppler's own.
  bool rebuiltTable = false;

  // Draws the page into the device; a page RawWords leaves undecided is drawn again, alone, in exact mode.
  void paint(int page) {
    pageStart = dev.checkpoint();
    if (gfx == nullptr || !shared[page]) drawAlone(page);
    else paintShared(page);
    if (dev.undecided()) {
      dev.rollback(pageStart);
      dev.exact = true;
      drawAlone(page);
      dev.exact = false;
    }
  }

private:
  void paintShared(int page) {
    Page *p = doc.getPage(page);
    XRef *xref = doc.getXRef();
    GfxState *state = gfx->getState();
    dev.startPage(page, state, xref);
    dev.setDefaultCTM(state->getCTM());
    dev.updateAll(state);
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
      dev.rollback(pageStart);
      drawAlone(page);
    }
    if (!allClosed) gfx.reset();
  }

  // How many marked-content sequences left open by a page are closed after it; a page that leaves more ends sharing.
  static constexpr int kDrain = 16;

  // rotate back the page's own /Rotate: positions in the page's unrotated space, as pdf.js reports them
  void drawAlone(int page) { doc.displayPage(&dev, page, 72, 72, (360 - doc.getPageRotate(page)) % 360, false, true, false, ItemsDev::abortCheck, &dev); }

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
    gfx = std::make_unique<Gfx>(&doc, &dev, first, base.getDict(), 72, 72, box, nullptr, 0, ItemsDev::abortCheck, &dev, xref);
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
  ItemsDev &dev;
  std::vector<bool> shared;
  // The shared fonts: each name, the font object it names on every shared page.
  std::map<std::string, Ref> fonts;
  std::unique_ptr<Gfx> gfx;
  // The device's state before the page being painted, for a page drawn again.
  ItemsDev::Checkpoint pageStart;
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
napi_value readPage(napi_env env, PDFDoc &doc, int page, PagePainter &painter, ItemsDev &dev) {
  painter.paint(page);
  if (dev.overBudget()) return fail(env, "too-large", "more characters of text than the limit");
  const double height = doc.getPageCropHeight(page);
  const std::vector<Word> &words = dev.page.words;
  const std::vector<Unicode> &text = dev.page.text;
  const size_t count = words.size();
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
  for (size_t i = 0; i < count; i++) {
    const Word &w = words[i];
    word.clear();
    bool ligature = false;
    for (size_t c = w.from; c < w.to; c++) {
      const Unicode u = text[c];
      ligature = ligature || isLigature(u);
      appendUtf8(word, u == 0 ? 0xFFFD : u);  // NUL separates the items
    }
    const int position = w.charPos;
    bool opens = false;
    while (boundary < dev.boundaries.size() && dev.boundaries[boundary] <= position) {
      if (dev.boundaries[boundary] >= previousEnd) opens = true;
      boundary++;
    }
    previousEnd = w.charEnd;
    while (space < dev.spaces.size() && dev.spaces[space] < previousEnd) space++;
    const Word *next = i + 1 < count ? &words[i + 1] : nullptr;
    const bool spaced = space < dev.spaces.size() && (next == nullptr || dev.spaces[space] < next->charPos);

    const double x = w.xMin;
    const double y = height - w.base;
    const double right = x + (w.xMax - w.xMin);
    const double size = w.fontSize;
    const int font = w.font;
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

// readPdf(bytes: Uint8Array, maxChars?: number, exact?: boolean) -> { pages: Page[], fonts: string[] }; throws an
// Error whose code is 'pdf-corrupt', 'pdf-encrypted', or 'too-large' once the pages drawn hold more than maxChars
// characters. `exact` reads every page with poppler's own TextOutputDev: the reference RawWords is tested against.
napi_value ReadPdfUnguarded(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
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
  ItemsDev dev;
  dev.maxChars = 1e300;
  napi_valuetype limitType = napi_undefined;
  if (argc >= 2 && napi_typeof(env, argv[1], &limitType) == napi_ok && limitType == napi_number) napi_get_value_double(env, argv[1], &dev.maxChars);
  if (argc >= 3) napi_get_value_bool(env, argv[2], &dev.exact);
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
    napi_value page = readPage(env, *doc, i, *painter, dev);
    if (page == nullptr) return nullptr;
    napi_set_element(env, pages, i - 1, page);
  }
  napi_value names;
  napi_create_array_with_length(env, dev.fonts.names.size(), &names);
  for (size_t i = 0; i < dev.fonts.names.size(); i++) napi_set_element(env, names, i, utf8(env, dev.fonts.names[i]));
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
