/**
 * A focus area as the council worded it -> its topic: questions lose their question words ("How well are we
 * currently addressing health inequality" -> "health inequality"), possessives and "approach to" go, and
 * ", particularly within" becomes "in".
 */
const QUESTION =
  /^(?:how|to what extent)\s+(?:(?:well|far|effectively|open|good|successfully|best|much|ready|prepared)\s+)?(?:(?:are|is|do|does|can|could|should|will|might)\s+)?(?:(?:we|the council|the authority|it|they)\s+)?(?:(?:are|is|do|does|can|could|should|will)\s+)?(?:(?:currently|best|further|now|still)\s+)?(?:(?:address|addressing|tackle|tackling|approach|approaching|improve|improving|deliver|delivering|manage|managing|support|supporting|develop|developing|increase|increasing|reduce|reducing|achieve|achieving|respond|responding|use|using|embed|embedding|drive|driving)\s+)?(?:(?:to|on|in|with|for|about)\s+)?/i;
const OWNER = /^(?:our|its|their|the council[’']s|the authority[’']s|the organisation[’']s)\s+/i;
const FRAME = /^(?:approach(?:es)?\s+to|work\s+on|role\s+in|arrangements\s+for|plans\s+for|ambitions\s+for)\s+/i;

export function focusTopic(text: string): string {
  let topic = text.trim().replace(/[?.;:!]+$/, '').replace(/\s+/g, ' ');
  topic = topic.replace(QUESTION, '');
  for (let previous = ''; previous !== topic; ) {
    previous = topic;
    topic = topic.replace(OWNER, '').replace(FRAME, '');
  }
  return topic.replace(/,?\s+(?:particularly|especially|in particular|notably|specifically)\s+(?:within|in)\s+/i, ' in ').trim();
}
