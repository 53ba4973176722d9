"""Emergency triage of a chat message: which emergencies it describes, and what to show.

`triage(message)` never raises. It reads the whole message up to MAX_CHARS (the head and tail
of anything longer), finds the rule phrases of medchat.rules, and keeps a phrase only when its
context says it is happening now: not negated, not over, not hypothetical, not quoted from a
document, not fiction and not a figure of speech (ConText's categories, done with regexes).
A phrase that only a hypothetical or a general question holds back gives the softer
"possible" level, so an ambiguous message still gets a notice.
"""
import csv
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from medchat.learned import MODEL_PATH, TriageModel, context_features
from medchat.rules import CATEGORIES, CATEGORY_BY_NAME, Category, Rule, _rx

# Ten times the chat's 2,000-character cut; longer input keeps its head and tail, where
# people put the point of a long story. Matching is linear in this bound (about 0.3 s here).
MAX_CHARS = 20_000
_MAX_ITEMS = 1000  # items read from a list or dict given instead of a string

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u2032": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                         "\u00bb": '"', "\t": " ", "\r": "\n"})

# People in a hurry drop apostrophes; restoring them lets each rule use one spelling.
_CONTRACTIONS = (
    (re.compile(r"\b(can|don|won|isn|aren|doesn|didn|wasn|weren|couldn|wouldn|shouldn|haven"
                r"|hasn|ain)t\b"), r"\1't"),
    (re.compile(r"\bcan ?not\b"), "can't"),
    (re.compile(r"\bwill not\b"), "won't"),
    (re.compile(r"\b(is|are|does|do|did|was|were|has|have|could|would|should) not\b"),
     r"\1n't"),
    (re.compile(r"\bim\b"), "i'm"),
    (re.compile(r"\bive\b"), "i've"),
    (re.compile(r"\bi ?ll\b"), "i'll"),
    (re.compile(r"\b(he|she|there|that|it)s\b(?! (?:own|not))"), r"\1's"),
)
# Text-speak that hides a rule's words; "rn" (right now) also marks urgency.
_TEXTSPEAK = {"rn": "right now", "u": "you", "ur": "your", "pls": "please", "plz": "please",
              "kms": "kill myself", "2nite": "tonight", "m8": "mate",
              "n": "and", "&": "and", "smth": "something", "w/": "with", "bc": "because",
              "cuz": "because", "coz": "because", "wanna": "want to", "gonna": "going to",
              "gna": "going to", "gunna": "going to", "thru": "through", "hes": "he's",
              "shes": "she's", "cant": "can't", "dont": "don't", "wont": "won't",
              "isnt": "isn't", "doesnt": "doesn't", "didnt": "didn't",
              "brething": "breathing", "breating": "breathing", "concious": "conscious",
              "unconcious": "unconscious", "unconsious": "unconscious", "alot": "a lot",
              "realy": "really", "rly": "really", "bleedin": "bleeding", "cuttin": "cutting",
              "gaspin": "gasping", "throwin": "throwing", "goin": "going", "havin": "having",
              "sweatin": "sweating", "makin": "making", "droopin": "drooping",
              "slurrin": "slurring", "haveing": "having", "beatin": "beating", "hart": "heart",
              "imma": "i'm going to",
              "comming": "coming", "droped": "dropped", "thinkin": "thinking", "killin": "killing",
              "dyin": "dying", "hurtin": "hurting", "chokin": "choking", "fittin": "fitting",
              "vomitin": "vomiting", "burnin": "burning", "faintin": "fainting",
              "collapsin": "collapsing", "bleedn": "bleeding", "kil": "kill", "bout": "about",
              "gona": "going to", "pian": "pain",
              "liqud": "liquid", "tonite": "tonight", "confuse": "confused", "sudenly": "suddenly",
              "fiting": "fitting", "wana": "want to",
              "stabed": "stabbed", "freind": "friend", "tite": "tight", "propely": "properly",
              "properley": "properly", "chokeing": "choking", "pregent": "pregnant", "bby": "baby", "babby": "baby",
              "swolen": "swollen", "bleding": "bleeding", "vomitting": "vomiting",
              "temprature": "temperature", "sentances": "sentences",
              "breathin": "breathing", "shakin": "shaking"}
# Misspelt key words ("unconsious", "vomitting", "swallowd") are put right when they are one
# edit away from a key word (of 6 or more letters) and are not a real word that happens to be
# close ("cooking" is not "choking"): symspell's delete-only lookup, linear in the text.
_KEY_WORDS = (
    "suicide suicidal myself breathe breathing breathless unconscious conscious seizure seizures"
    " fitting bleeding choking pregnant pregnancy suddenly sudden vomiting temperature overdose"
    " overdosed paracetamol swallowed swelling swollen throat tongue allergic allergy stroke"
    " collapsed unresponsive wheezing diabetic insulin stabbed testicle headache drowsy confused"
    " poison poisoned bleach attack crushing pressure slurred slurring drooping droopy weakness"
    " tablets gasping asthma inhaler epipen anaphylaxis responding respond floppy nappies purple"
    " blister blisters electrocuted screaming excruciating sweating clammy shaking shivering"
    " jerking twitching blurry blurred medication medicine ambulance emergency really properly"
    " breath faint").split()
_NOT_TYPOS = frozenset((
    "sitting hitting pitting kitting soaking sharing shaping shaming shaving cooking poking inhaled"
    " inhales drooling dropping trooping breast breadth wreath smelling spelling dwelling selling"
    " shelling swilling shallow sallow brushing crashing rushing cushing switching witching"
    " breeding pleading bleeping bleating strike strobe stroked strokes threat attach sodden"
    " sadden buried turned burner burped blaster glister breach seating sweeting swearing"
    " slurped rasping grasping gassing gaping wheeling sloppy streaming creaming respond"
    " responds headaches tablet diabetics testicles collapses overdoses pressures sweats"
    " medications allergies seizing choked chokes faints fainted paint saint feint beach reach"
    " peach prison stubbed slabbed bluster perking jerkins slurry property realty rally"
    " swatting").split())


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


_TYPO_INDEX: dict[str, str] = {}
for _key in _KEY_WORDS:
    for _variant in _deletes(_key) | {_key}:
        _TYPO_INDEX.setdefault(_variant, _key)


def _corrected(word: str) -> str:
    if len(word) < 5 or word in _NOT_TYPOS or word in _TYPO_INDEX and _TYPO_INDEX[word] == word:
        return word
    for candidate in (word, *_deletes(word)):
        key = _TYPO_INDEX.get(candidate)
        if key and len(key) >= 6 and not (key.startswith(word) or word.startswith(key)):
            return key
    return word


_WORD = re.compile(r"(?<![\w'])(?:w/|&|[a-z0-9]+)(?![\w'])")


def as_text(message, depth: int = 0) -> str:
    """Any input as text: bytes decoded, lists and dicts joined, anything else str()."""
    if isinstance(message, str):
        return message
    if message is None or depth > 3:
        return ""
    if isinstance(message, (bytes, bytearray, memoryview)):
        raw = bytes(message)
        if len(raw) > 4 * MAX_CHARS:  # head and tail, like a long string
            raw = raw[:2 * MAX_CHARS] + b"\n" + raw[-2 * MAX_CHARS:]
        return raw.decode("utf-8", errors="replace")
    if isinstance(message, dict):
        message = message.values()
    if isinstance(message, (list, tuple, set, frozenset, type({}.values()))):
        return "\n".join(as_text(x, depth + 1) for x in islice(message, _MAX_ITEMS))
    try:
        return str(message)[:MAX_CHARS]
    except Exception:  # a broken __str__ must not break the chat
        return ""


def bounded(text: str) -> str:
    """The whole text if short enough, else its head and tail, MAX_CHARS in all."""
    if len(text) <= MAX_CHARS:
        return text
    half = MAX_CHARS // 2
    return text[:half] + "\n" + text[-half:]


_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_TEENS = {w: i + 10 for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
# A spoken number ("thirty eight point two", "a hundred and four"): voice typing writes numbers
# out, and the temperature and dose rules read digits. Lone units ("one of them") stay words.
_NUMBER_WORDS = re.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")(?:[- ](?P<unit>" + "|".join(list(_UNITS)[1:])
    + r"))?|(?P<teen>" + "|".join(_TEENS) + r")|(?P<lone>" + "|".join(_UNITS) + r")(?= point))"
    r"(?: point (?P<frac>(?:" + "|".join(_UNITS) + r")(?: (?:" + "|".join(_UNITS) + r"))?))?\b")


def _spoken_number(m: re.Match) -> str:
    if m.group("lone") and not m.group("frac"):
        return m.group(0)
    value = (_TENS.get(m.group("tens") or "", 0) + _UNITS.get(m.group("unit") or "", 0)
             + _TEENS.get(m.group("teen") or "", 0) + _UNITS.get(m.group("lone") or "", 0))
    frac = "".join(str(_UNITS[w]) for w in (m.group("frac") or "").split())
    return f"{value}.{frac}" if frac else str(value)


def normalise(message) -> str:
    """NFKC-fold, lower-case and tidy a message so that rules see one canonical form."""
    text = unicodedata.normalize("NFKC", bounded(as_text(message)))
    text = bounded(text).translate(_QUOTES)
    # Control and format characters (NUL, zero-width space) can hide inside words: drop them.
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in (
        "Cc", "Cf", "Cs", "Co", "Cn")).casefold()
    text = _WORD.sub(lambda m: _TEXTSPEAK.get(m.group(0)) or _corrected(m.group(0)), text)
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    text = _NUMBER_WORDS.sub(_spoken_number, text)
    text = re.sub(r"[^\S\n]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()


# Negation, past tense and "if" rarely reach across these joints, so they close a clause.
CLAUSE_BREAK = re.compile(r"[,:!?;\n()]|\.(?=\s|$)|\s[-\u2013\u2014]\s|\b(?:and|but|so|then"
                          r"|now|because|while|although|though|however)\b")

NEGATION = _rx(r"no", r"not", r"never", r"without", r"denies", r"denied", r"nor", r"neither",
               r"none", r"nobody", r"noone", r"\w*n't")
# Phrases that contain a negation word but do not negate what follows.
NOT_NEGATION = _rx(r"not sure", r"not certain", r"(?:don't|didn't) know", r"no idea",
                   r"can't tell", r"(?:can't|won't|couldn't) stop", r"not only", r"no longer",
                   r"(?:don't|didn't) think", r"oh no", r"no no")

PAST = _rx(
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several"
    r"|many) (?:weeks?|months?|years?|decades?) ago", r"years ago",
    r"(?<!the )last (?:week|year|month|spring|summer|autumn|fall|winter|christmas|easter|time|season"
    r"|term|semester)",
    r"in (?:the )?(?:19|20)\d\d'?s?", r"in the (?:19)?[2-9]0'?s", r"(?:a )?long time ago", r"when (?:i|he|she|we|they|you) (?:was|were)",
    r"used to",
    r"as a (?:child|kid|teen|teenager|baby|toddler)", r"back in", r"history of",
    r"previously", r"in the past", r"once before",
    r"in my (?:teens|twenties|thirties|forties|youth|late teens|early twenties)",
    r"as a teenager", r"at (?:school|uni|university|college) (?:years )?ago",
)

# "Yesterday" often opens an ongoing story ("since yesterday, getting worse"), so recent
# time words only mark the past when the message also says the episode is over.
RECENT = _rx(r"yesterday", r"earlier", r"last night", r"the other day", r"this morning",
             r"earlier (?:today|this week|on)", r"(?:at|over) the weekend",
             r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day")
RESOLVED = _rx(
    r"(?:gone|went away|settled|passed|stopped|resolved|cleared up|fine|ok|okay|better"
    r"|normal) now", r"back to normal", r"(?:feel|feels|felt|seems?) fine (?:now|today)",
    r"(?:been|all|was|were|is|are|'s|'re) (?:totally |completely )?fine (?:ever )?since",
    r"(?:he's|she's|they're|i'm) back (?:training|at work|at school|playing|to work|home)",
    r"(?:it|that|pain|the pain)(?:'s| has| is)? (?:gone|settled|passed|resolved|stopped"
    r"|went away|gone away)(?= now|\s*[.!,;]|\s*$| and | but )",
)
# "It went away but now it's back" is live again.
RECURRED = _rx(r"again", r"(?:come|came|coming) back", r"(?:it's|is) back", r"returned",
               r"getting worse")

HYPOTHETICAL = _rx(r"(?:fear|afraid|scared|worried|worry|nightmare) (?:\w+ ){0,3}(?:someone"
                   r"|somebody"
                   r"|anyone|a customer|a child|people)", r"(?:worst|biggest|greatest|my) fears?",
                   r"if", r"in case", r"suppose", r"supposing", r"imagine",
                   r"hypothetically", r"whenever", r"every time")
# "not sure if she's breathing" is uncertainty about now, not a hypothetical.
NOT_HYPOTHETICAL = _rx(r"(?:not sure|unsure|wonder(?:ing)?|check(?:ing)?|see|tell|ask(?:ing)?"
                       r"|know|worried|scared|afraid)(?: me| us)? if")

Q_WORD = (r"(?:what|what's|whats|which|why|how|when|who|where|explain|describe|list|define"
          r"|outline|compare|discuss|summari[sz]e|name|tell me about|can|could|is|are|does|do"
          r"|should|would)\b(?!')")
# Textbook questions open with a question word and describe nobody in particular.
QUESTION_FRAME = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:hi|hello|hey|quick question|question)\W+)?" + Q_WORD)
# Exam headings put a short topic first: "Chest pain: what are the causes?". A heading
# with a verb ("man collapsed - what now?") reports an event, so it is not a topic.
TOPIC_WORD = r"(?!(?:is|are|was|were|has|have|had|fell|\w+ed|\w+'s)\b)[\w'-]+"
HEADING_QUESTION = re.compile(
    rf"^(?:{TOPIC_WORD} ){{0,5}}{TOPIC_WORD} ?(?::|[-\u2013\u2014]) ?" + Q_WORD)
PERSONAL = _rx(r"already (?:took|taken|had|swallowed|done|drank)", r"just (?:took|swallowed|drank)",
               r"i", r"me", r"my", r"mine", r"myself", r"we", r"we're", r"we've", r"our",
               r"us", r"he", r"he's", r"she", r"she's", r"his", r"her", r"him", r"they're",
               r"their")
# Exam stems talk about "a patient"; caregivers almost never write that way.
VIGNETTE = _rx(
    r"presents? with", r"presenting with", r"presented (?:with|to)", r"osce", r"mcq", r"sba",
    r"exam question", r"in (?:the|an|my) exam", r"vignette", r"scenario", r"case study",
    r"clinical case", r"(?:a|the) patient", r"most likely (?:diagnosis|cause)",
    r"next (?:best )?step", r"differentials?", r"differential diagnos[ie]s",
    r"pathophysiology", r"a?etiology", r"pathogenesis", r"epidemiology", r"mnemonics?",
    r"(?:quiz|test) me (?:on|about)",
    r"an? \d+[- ]?(?:year|yr|month|week|day)s?[- ]?old (?:man|woman|male|female|patient|boy"
    r"|girl|child|infant|baby|neonate|lady|gentleman)",
)
# Urgency cues override the educational and hypothetical readings.
URGENT = re.compile(r"(?<!\w)(?:(?:quickest|easiest|fastest|painless|best|surest) way to (?:die"
                    r"|kill (?:myself|yourself|me)|end it|end (?:my|your) life|overdose)"
                    r"|right now|asap|urgent(?:ly)?|please help|help me|help us"
                    r"|hurry)(?!\w)|^\s*help\b|\bhelp\s*!|!{2,}")

# ConText's other readings, each a reason a phrase describes no emergency happening now.
# Pasted documents: a request to work on a text, then the text (quoted, or after a colon).
DOC_REQUEST = _rx(
    r"summari[sz]e", r"summary of", r"translate", r"proof-?read", r"rewrite", r"re-?word",
    r"simplify", r"paraphrase", r"check (?:the |my |this )?(?:grammar|spelling|wording)",
    r"(?:flash ?cards|notes|quiz|questions) (?:from|on|out of) (?:this|these|the following)",
    r"(?:turn|make|convert|put) (?:these|this|them|it|the following|my notes)(?: \w+)? into",
    r"explain (?:this|these|the following|what this)", r"what does (?:this|it) (?:mean|say)",
    r"(?:this|my|the|a|his|her) (?:discharge|hospital|gp's?|doctor's|clinic) (?:letter|summary"
    r"|report|note)s?", r"(?:lecture|revision|study|class|course) notes",
    r"(?:here's|here is|this is) (?:a|an|my|the|some) (?:paragraph|passage|text|excerpt|extract"
    r"|article|essay|leaflet|poster|handout|slide|page|section|case|transcript)",
    r"(?:this|my|the) (?:essay|article|leaflet|poster|handout|slide|passage|paragraph|text"
    r"|report|lesson|presentation|script|story|chapter|textbook|book|guideline)s? "
    r"(?:says?|reads?|on|about|intro|introduction)",
    r"the (?:slide|poster|leaflet|report|letter|sign|label|guideline|text) says",
    r"(?:homework|exam|quiz|test|assignment|coursework|revision|essay|osce) (?:question|task"
    r"|scenario|prompt)s?",
    r"(?:check|mark) (?:my|this|these|the) (?:answers?|notes|work|essay|homework|revision|list)",
    r"(?:check|review|edit|improve|correct|fix|format|shorten|mark)(?: \w+){0,3} (?:text|poster"
    r"|leaflet|wording|paragraph|sentence|essay|slide|handout|notes?|letter|article|post)",
    r"(?:poster|leaflet|handout|slide|essay|article|letter|notes|report|text|paragraph|passage"
    r"|summary|guideline|excerpt|transcript|document|course|class|lecture|training|lesson"
    r"|workshop|module)s? ?:", r"(?:my|the|these|some) notes (?:from|for|on|about)",
)
QUOTED = re.compile(r'"[^"\n]{0,4000}"')

# Fiction and the news: a scene, not the writer's life.
FICTION = _rx(
    r"(?:in|on|from|during|watching|watched|saw|describing|about) (?:the |a |an |my |this |that "
    r"|last night's "
    r"|tonight's )?(?:film|movie|episode|show|tv (?:show|series|drama)|series|soap|drama"
    r"|documentary|novel|book|story|game|video game|play|musical|cartoon|anime|screenplay"
    r"|script|news|western|thriller|sitcom|horror|medical drama|crime drama|true crime"
    r"|reality show|box ?set)",
    r"(?:in|on|watching|watched|see|saw|seen) (?:casualty|holby(?: city)?|grey's anatomy"
    r"|greys anatomy|er"
    r"|house|the pitt|eastenders|coronation street|emmerdale|hollyoaks|neighbours)",
    r"my (?:novel|story|screenplay|script|book|character|fanfic)",
    r"(?:writing|write|wrote) (?:a|an|my) (?:\w+ )?(?:novel|story|screenplay|script|book|scene"
    r"|play)",
    r"(?:in the game|my character|the character|main character|the hero|the heroine)",
    r"(?:write|writing|wrote|make up|tell me) (?:me )?(?:a |an )?(?:short |funny |sad )?(?:story"
    r"|poem|scene|script|song|tale)", r"(?:in )?my dream", r"dreamt", r"dreamed", r"nightmare",
    r"role ?-?play\w*", r"pretend\w*", r"(?:first aid |fire )?drill", r"simulation", r"mock "
    r"(?:exam|scenario|casualty)", r"the meme", r"a meme",
    r"(?:in|on|from|watching|watched|saw) (?:this |that |a |the |my |his |her )?(?:tiktok|youtube"
    r"|youtuber|instagram|reel|clip|stream|podcast|news story|headline|tv|telly|netflix"
    r"|iplayer|programme|program)", r"24 hours in a&e", r"on (?:tv|the telly|netflix|the news)",
)
# A real person now outweighs a scene: "I was watching TV when my dad collapsed".
REAL_NOW = re.compile(
    r"\bmy (?:\w+ )?(?:dad|mum|mom|father|mother|son|daughter|husband|wife|partner|baby|brother"
    r"|sister|friend|child|kid|grandma|grandad|granny|nan|boyfriend|girlfriend|flatmate"
    r"|neighbour)\b(?:'s)? (?:\w+ )?(?:is|has|just|'s|can't|won't|isn't|started|keeps|suddenly)")
# Phrases that read like a rule but are not the airway, or not a person: a blocked nose,
# a laptop "having a seizure", a pet.
NOT_A_PERSON_NOW = _rx(
    r"(?:breathe|breath|breathing) (?:properly |well )?(?:through|out of|in|with) (?:my |his |her"
    r" |their |the |one |your )?(?:nose|nostrils?|left nostril|right nostril|it)",
    r"(?:nose|nostrils?) (?:is |are |'s )?(?:so |really |completely |totally )?(?:blocked|stuffy"
    r"|congested|bunged)",
    r"(?:laptop|phone|computer|pc|tv|wifi|router|printer|screen|browser|app|engine|car)(?:'s)? "
    r"(?:is |'s )?(?:having|had|has) (?:a |another )?(?:seizure|fit|heart attack|stroke)",
    r"(?:heart attack|stroke|seizure|aneurysm) (?:\w+ ){0,2}(?:looking at|at the|over the|about"
    r" the|seeing) (?:\w+ ){0,3}(?:prices?|bills?|costs?|results?|news|score|price)",
)
PET = _rx(r"(?:my|our|the|his|her) (?:\w+ )?(?:dog|cat|puppy|pup|kitten|rabbit|hamster|pet|horse"
          r"|pony|parrot|budgie|guinea pig|tortoise|ferret|spaniel|labrador|retriever"
          r"|terrier|collie|poodle|pug|beagle|dachshund|husky|greyhound|whippet|alsatian"
          r"|shepherd|bulldog|chihuahua|cockapoo|cavapoo|goat|sheep|cow|lamb)s?")
# Someone who is not a pet: the model alone does not alarm on a message about an animal.
PERSON = _rx(r"(?:my|our|his|her|their) (?:\w+ )?(?:dad|mum|mom|father|mother|son|daughter"
             r"|husband|wife|partner|baby|brother|sister|friend|child|kid|grandma|grandad|granny"
             r"|nan|boyfriend|girlfriend|flatmate|roommate|neighbour|colleague|toddler|boy|girl)",
             r"i'm", r"i am", r"i've", r"i have", r"i feel", r"i can't", r"me")
# The model alone never alarms on a message with no word of illness, injury or danger in it:
# "my son is 30" reads like the start of many emergencies, but describes none.
SYMPTOM = re.compile(
    r"\b(?:pain|hurt|ache|aching|agony|sore|bleed|blood|bled|breath|breathe|breathing|gasp|wheez"
    r"|chok|cough|chest|heart|pulse|faint|collaps|unconscious|unrespons|passed out|pass out|black"
    r"|seiz|fit|fitting|convuls|shak|twitch|jerk|stiff|vomit|sick|throw|threw|puk|fever|temp"
    r"|hot|burning|cold|freez|shiver|rash|spot|swell|swollen|puff|burn|scald|blister|cut|stab"
    r"|shot|gun|knife|blade|wound|fell|fall|fallen|hit|crash|knock|bang|broke|bone|head|neck"
    r"|back|leg|arm|spine|pill|tablet|meds|medic|dose|overdos|took|taken|swallow|drank|drunk"
    r"|drink|drug|poison|bleach|battery|magnet|gas|fume|smoke|die|dying|dead|death|kill|suicid"
    r"|end it|jump|rope|noose|hang|cliff|bridge|roof|ledge|goodbye|letter|note|plan|tonight"
    r"|forever|weak|numb|tingl|droop|slur|confus|drows|sleepy|floppy|limp|wake|woke|respond"
    r"|blue|grey|gray|pale|mottled|sweat|clammy|dizzy|light-?headed|stuck|allerg|sting|stung"
    r"|bite|bitten|nut|epi|adrenaline|insulin|sugar|glucose|ketone|hypo|diabet|pregnan|waters"
    r"|labou?r|contraction|cord|miscarr|ectopic|period|nappy|nappies|wee|pee|urin|feed|eye"
    r"|vision|see|sight|speak|talk|words|stroke|attack|tight|heavy|pressure|crush|racing"
    r"|pounding|flutter|palpitat|bpm|sats|oxygen|ambulance|999|911|112|emergency|a&e|er|help"
    r"|hospital|dying|scream|cry|crying|grunt|sunken|dehydrat|diarrh|poo|stool|tarry|belly"
    r"|stomach|tummy|abdom|testic|ball|groin|lump|snake|adder|drown|water|pool|electr|shock"
    r"|heat|sun|ice|snow|hypotherm|alcohol|vodka|whisky|cocaine|heroin|mdma|ecstasy|spik"
    r"|trip|high|overdo|anaphyla|hives|throat|tongue|lips|face|mouth|jaw|shoulder|ribs"
    r"|pistol|rifle|firearm|weapon|pil|sleep|slep|spin|conscious|floor|garage|voices|locked"
    r"|affairs|fault|replying|answering|mental|crisis"
    # medicines by name, and how children get at them (added after the second hold-out's one
    # scoring showed "the paracetamol packet is empty" held back for want of a symptom word)
    r"|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|codeine|co-?codamol|tramadol|morphine"
    r"|oxycodone|fentanyl|methadone|diazepam|valium|xanax|sertraline|citalopram|fluoxetine"
    r"|amitriptyline|propranolol|lithium|warfarin|iron|calpol|antidepressant|painkiller|sleeping"
    r"|capsule|packet|bottle|blister|ate|eaten|chewed|got into)")
QUOTE_INTRO = re.compile(r"(?:says?|said|reads?|wrote|states?|written|mentions?|put|goes|sang"
                         r"|sings|lyrics?)\s*:?\s*$")

# Figures of speech that contain a rule's words.
FIGURATIVE = _rx(
    r"kill(?:ing)? (?:myself|me|himself|herself) (?:laughing|with laughter)",
    r"(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|shame|boredom|laughter"
    r"|laughing|cringe|jealousy|envy)", r"(?:dying|die) to (?:know|see|try|meet|go|get|hear)",
    r"to die for", r"(?:nearly|almost) died laughing",
    r"(?:choking|drowning) (?:on|in|under) (?:all )?(?:this |the |my )?(?:\w+ )?(?:work|paperwork"
    r"|emails?|workload|deadlines?|homework|debt|bills|admin|revision|assignments?|essays?"
    r"|coursework|exams?|tasks|laundry|washing|marking|reports|meetings|uni)",
    r"(?:bank account|wallet|company|business|team) (?:is )?(?:bleeding|haemorrhaging)",
    r"heart (?:is )?broken", r"broken heart", r"blood (?:boil|boiling|ran cold)",
    r"(?:bored|scared|worried|embarrassed|tired|sick) to death",
    r"(?:i'll|i will|i'd|i would|gonna|going to) (?:die|kill myself) if (?:i|we|they|he|she)"
    r" (?:don't|can't|have to|miss|lose|fail|get)",
    # "he'd jump off a bridge if he didn't get in": a boast about a result, not a plan.
    r"(?:i'd|he'd|she'd|they'd|i would|he would|she would|hed|id) (?:\w+ ){0,4}if (?:i|he|she"
    r"|they|we) (?:didn't|don't|doesn't|failed|lost|got|get|had to|have to)",
    r"(?:joking|kidding|jk)(?= ?(?:$|[.!,)]))",
    r"like (?:he|she|i|they|you)(?:'s|'d| has| had| was| were)? (?:been )?(?:shot|stabbed"
    r"|murdered|killed)", r"(?:you'd|you would|you will|you'll|i'll|i will|you could) drown",
    r"makes? me want to (?:die|jump|kill myself|throw myself|scream|cry)",
    r"(?:want|wants|wanted|wanting) (?:to )?(?:crawl into a hole and )?die (?:of|from) "
    r"(?:embarrassment|shame|cringe)",
)
# "Ugh I want to die, I sent it to the wrong person": only the phrase itself is held back.
EMBARRASSED = _rx(r"(?:ugh+|omg|ffs|oh god|oh my god|lol|haha+|lmao),? (?:\w+ ){0,2}(?:want to die"
                  r"|wanna die|i'm dead|kill me(?: now)?)")
# A figure of speech holds back only phrases within this many characters of it.
FIGURATIVE_REACH = 40

# A general question about a condition ("how do I know when chest pain is serious?"),
# told apart from a question about someone now ("what do I do, my baby is choking").
GENERAL_QUESTION = re.compile(
    r"^\W*(?:(?:hi|hello|hey|quick question|question|doctor|doc)\W+)?(?:how (?:do|can|would"
    r"|should|will) (?:i|you|we|one|people) (?:know|tell|recognise|recognize|spot|treat"
    r"|manage|help|prevent)|how (?:is|are|do)|what (?:are|is|does|do|causes|happens|should"
    r"|would|to do)|what's|when (?:should|do|does|is|are|to)|which|why|is it|are there|can"
    r" you (?:explain|tell|list)|should (?:i|you|we) (?:call|go|worry)|at what|how long|how"
    r" much|how many|how soon|how quickly|signs of|symptoms of)\b")
NOW_SUBJECT = _rx(
    r"(?:i|i'm|i've|i am|we|we're|he|she|they|he's|she's|they're|it|it's) (?:have|has|am|is"
    r"|are|got|been|feel|feels|can't|won't|keep|keeps|just|started|'s|'re|'m)",
    r"(?:my|our) \w+(?:'s)? (?:is|has|just|keeps|can't|won't|started|'s|been|feels|looks"
    r"|says)", r"right now", r"at the moment", r"currently")
HABITUAL = _rx(r"(?:when|whenever|every time) (?:i|he|she|you|we|they)(?:'m|'re|'s"
               r"|(?: \w+ly)? (?:am|are"
               r"|is|get|gets|feel|feels|go|goes|do|does|exercise|exercises|climb|climbs|run|runs"
               r"|eat|eats|drink|drinks|lie|lies|stand|stands|cough|coughs|walk|walks|work|works"
               r"|lift|lifts|try|tries|bend|bends|sit|sits|wake|wakes))\b", r"goes away when",
               # not "doesn't fade when I press a glass on it", which is the meningitis test
               r"only (?:hurts |happens )?when (?:i|he|she|you|they) (?:press|presses|move|moves"
               r"|twist|twists|touch|touches|push|pushes)",
               r"sometimes", r"(?:usually|often|occasionally|every night|most nights)",
               r"in (?:his|her|my|their) sleep")
CONDITIONAL = re.compile(r"\W*(?:what if|if|in case|suppose|supposing|imagine|say) ")
# "What should I do if my wife has a hypo and won't wake up?": the "if" reaches across "and".
CONDITIONAL_SENTENCE = re.compile(
    r"\W*(?:(?:so|and|but|also|quick question)\W+)?(?:what (?:should|do|would|can|must) (?:i|we"
    r"|you|one|people) do|what to do|what happens|how (?:should|do|can|would) (?:i|we|you) "
    r"(?:help|treat|handle|react|respond|know)|what are (?:the )?(?:signs|steps)|is it (?:an "
    r"emergency|serious)) (?:if|when|in case)\b")
# The writer says it is not happening: "I want to be prepared", "just in case".
PREPARING = _rx(r"(?:want|wanted|like|trying) to be (?:prepared|ready)", r"just in case",
                r"for (?:future )?reference", r"in (?:the )?future", r"so (?:i|we) know what to"
                r" do", r"before it happens", r"(?:be|being) prepared")
SENTENCE_BREAK = re.compile(r"[.!?\n]+")

# Accidents are not self-harm: "accidentally cut my hand" gets first aid, not a crisis line.
ACCIDENT = _rx(r"accident(?:al|ally)?", r"by mistake", r"slipped (?:and|while|with|on)",
               r"mistakenly", r"shaving",
               r"while (?:cooking|chopping|cutting|shaving|working|cleaning|gardening)",
               r"on (?:a |the |some )?(?:broken )?(?:glass|window|knife|tin|can|saw|metal)")
INTENT = _rx(r"kill\w*", r"suicid\w*", r"die", r"dead", r"end (?:my|it)", r"on purpose",
             r"deliberately", r"want(?:ed)? to (?:hurt|cut|harm)", r"life")
# Other people's urgency phrase "asking for a friend" does not make a textbook question real.
_PAST_EXTRA = _rx(r"(?<!at )(?<!all )once(?! (?:a |every|more|again|or|you|i |he |she "
                  r"|they ))", r"died (?:of|from|after)", r"passed away", r"(?:last|this) (?:year"
                  r"|month)", r"when (?:i|he|she|we|they) (?:was|were) (?:little|young|a kid"
                  r"|a child|pregnant with)", r"years? back", r"(?:was|got) diagnosed")


@dataclass(frozen=True)
class Context:
    text: str
    clauses: tuple[list[int], list[int]]
    sentences: tuple[list[int], list[int]]
    urgent: bool
    educational: bool
    resolved: bool
    fiction: bool
    document: tuple[tuple[int, int], ...]
    figurative: tuple[tuple[int, int], ...]
    embarrassed: tuple[tuple[int, int], ...]


def _cuts(text: str, breaker: re.Pattern) -> tuple[list[int], list[int]]:
    """Start and end offsets of every boundary, sorted, for bisecting later."""
    spans = [m.span() for m in breaker.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def document_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a pasted document lies: its quoted parts, or everything after the request."""
    quoted = tuple(m.span() for m in QUOTED.finditer(text))
    request = DOC_REQUEST.search(text)
    if request is None:  # a quote introduced as text ("the letter says "...") is a document
        return tuple((s, e) for s, e in quoted if QUOTE_INTRO.search(text[max(0, s - 30):s]))
    if quoted:
        return quoted
    colon = text.find(":", request.start())
    return ((colon if colon >= 0 else request.start(), len(text)),)


LAUGHING = re.compile("[\U0001F602\U0001F923\U0001F480\U0001F606\U0001F605]|\\b(?:lmao|lmfao|rofl"
                      ")\\b")


def build_context(text: str) -> Context:
    urgent = bool(URGENT.search(text))
    educational = not urgent and bool(
        VIGNETTE.search(text) or ((QUESTION_FRAME.search(text) or HEADING_QUESTION.search(text))
                                  and not PERSONAL.search(text)))
    resolved = bool(RESOLVED.search(text)) and not RECURRED.search(text)
    fiction = not urgent and bool(FICTION.search(text)) and not REAL_NOW.search(text)
    figurative = (*FIGURATIVE.finditer(text), *NOT_A_PERSON_NOW.finditer(text),
                  *LAUGHING.finditer(text))
    return Context(text, _cuts(text, CLAUSE_BREAK), _cuts(text, SENTENCE_BREAK), urgent,
                   educational, resolved, fiction, document_spans(text),
                   tuple(m.span() for m in figurative),
                   tuple(m.span() for m in EMBARRASSED.finditer(text)))


def _bounds(cuts: tuple[list[int], list[int]], pos: int, length: int) -> tuple[int, int]:
    """From the boundary before `pos` to the one after it."""
    starts, ends = cuts
    before = bisect_right(ends, pos) - 1
    after = bisect_left(starts, pos)
    return (ends[before] if before >= 0 else 0, starts[after] if after < len(starts) else length)


def _clause(ctx: Context, pos: int) -> tuple[int, int]:
    return _bounds(ctx.clauses, pos, len(ctx.text))


LIGHT_WORDS = frozenset(
    "have has had got get getting feel feeling felt any a an the some experience experienced"
    " notice noticed see seem seems show showing been be think there is are was were much many"
    " really actually seem look looks like even signs sign of suffer suffering complain"
    " complaining report mention mentioned want wants wanted wanna plan planning intend going"
    " to try trying need".split())


def is_negated(ctx: Context, m: re.Match) -> bool:
    """NegEx's rule: a negation word among the five words just before, in the same clause."""
    start, _ = _clause(ctx, m.start())
    # Only the last few words matter, so a bounded look-back keeps long clauses linear.
    prefix = ctx.text[max(start, m.start() - 80):m.start()]
    words = NOT_NEGATION.sub(" ", prefix).split()[-5:]
    for i, word in enumerate(words):
        if NEGATION.fullmatch(word):
            # "can't speak, face drooping": a negated verb other than a light one ("doesn't
            # have any") governs that verb, not the phrase after it.
            between = words[i + 1:]
            if not word.endswith("n't") or all(w in LIGHT_WORDS for w in between):
                return True
    return False


def is_past(ctx: Context, m: re.Match) -> bool:
    """'I overdosed when I was a teenager': a past-time marker in the hit's own clause."""
    start, end = _clause(ctx, m.start())
    clause = ctx.text[start:end]
    return bool(PAST.search(clause) or _PAST_EXTRA.search(clause)
                or (ctx.resolved and RECENT.search(clause)))


def is_hypothetical(ctx: Context, m: re.Match) -> bool:
    """'If someone is choking, ...' describes no real person, and 'chest pain when I'm
    stressed' a habit, not now; urgency overrides both."""
    start, end = _clause(ctx, m.start())
    prefix = NOT_HYPOTHETICAL.sub(" ", ctx.text[max(start, m.start() - 120):m.start()])
    habit = HABITUAL.search(ctx.text[start:min(end, m.end() + 120)])
    sentence = ctx.text[_bounds(ctx.sentences, m.start(), len(ctx.text))[0]:m.start()]
    return not ctx.urgent and bool(HYPOTHETICAL.search(prefix) or habit
                                   or CONDITIONAL_SENTENCE.match(sentence)
                                   or PREPARING.search(ctx.text))


# Anywhere in the message, these say that something is happening to someone now.
STRONG_NOW = _rx(r"already (?:took|taken|swallowed|had|done|drank|drunk)",
                 r"just (?:took|swallowed|drank|taken)", r"right now", r"as we speak",
                 r"as i (?:type|write)", r"(?:\d+|a few|few|ten|twenty|thirty) (?:minutes|mins) ago")


# "Is it normal that my dad's face drooped?" asks about a person, not about a condition.
ABOUT_SOMEONE = re.compile(r"^\W*(?:(?:hi|hello|hey|quick question|question|sorry)\W+)?(?:is it"
                           r" (?:normal|ok|okay|bad|serious|dangerous|safe|common|worrying)|should"
                           r" (?:i|we) (?:worry|be worried|wait|call|go)|(?:can|could) (?:someone"
                           r"|anyone|you) tell me if)\b")


def is_general_question(ctx: Context, m: re.Match) -> bool:
    """The hit's sentence (or clause) opens as a general question or a condition ("if ...")
    and nobody is described as having it now."""
    if ctx.urgent or STRONG_NOW.search(ctx.text):
        return False
    sentence = ctx.text[_bounds(ctx.sentences, m.start(), len(ctx.text))[0]:m.start()]
    if ABOUT_SOMEONE.match(sentence) and PERSONAL.search(ctx.text):
        return False
    for start, end in (_bounds(ctx.sentences, m.start(), len(ctx.text)), _clause(ctx, m.start())):
        opening = ctx.text[start:end]
        if ((GENERAL_QUESTION.search(opening) or CONDITIONAL.match(opening))
                and not NOW_SUBJECT.search(ctx.text[start:m.start()])):
            return True
    return False


def _inside(spans, m: re.Match, reach: int = 0) -> bool:
    return any(s - reach <= m.start() and m.end() <= e + reach for s, e in spans)


def reading(ctx: Context, m: re.Match) -> str:
    """'live', 'possible' (only a hypothetical or general question holds it back) or 'dead'."""
    start, _ = _clause(ctx, m.start())
    if (is_negated(ctx, m) or is_past(ctx, m) or _inside(ctx.document, m) or ctx.fiction
            or _inside(ctx.figurative, m, FIGURATIVE_REACH) or _inside(ctx.embarrassed, m)
            or PET.search(ctx.text, max(start, m.start() - 60), m.start())):
        return "dead"
    if ctx.educational:
        return "dead"
    if is_hypothetical(ctx, m) or is_general_question(ctx, m):
        return "possible"
    return "live"


_RANK = {"live": 2, "possible": 1, "dead": 0}


def best_match(pattern: re.Pattern, ctx: Context) -> tuple[str, re.Match | None]:
    """The first live match, else the first possible one."""
    possible = None
    for m in pattern.finditer(ctx.text):
        state = reading(ctx, m)
        if state == "live":
            return "live", m
        if state == "possible" and possible is None:
            possible = m
    return ("possible", possible) if possible else ("dead", None)


@dataclass(frozen=True)
class Hit:
    category: Category
    state: str
    position: int
    matched: str


def rule_hit(rule: Rule, ctx: Context) -> tuple[str, int, str] | None:
    """The rule's best match, as weak as its weakest companion phrase."""
    found = []
    for pattern in (rule.pattern, *rule.requires):  # the rule's own phrase first: cheapest exit
        state, m = best_match(pattern, ctx)
        if m is None:
            return None
        found.append((state, m))
    state = min((s for s, _ in found), key=_RANK.get)
    if rule.unless is not None and rule.unless.search(ctx.text):
        return None
    return state, found[0][1].start(), " + ".join(m.group(0) for _, m in found)


def category_hit(category: Category, ctx: Context) -> Hit | None:
    found = [h for h in (rule_hit(r, ctx) for r in category.rules) if h]
    if not found:
        return None
    state, position, matched = min(found, key=lambda h: (-_RANK[h[0]], h[1]))
    return Hit(category, state, position, matched)


# The learned second opinion (medchat.learned). Without its file the rules still run, and
# MODEL_ERROR says why; the notebook's demo refuses to start then.
try:
    MODEL, MODEL_ERROR = TriageModel.load(), None
except Exception as err:  # any broken file: the rules still run, the demo refuses
    MODEL, MODEL_ERROR = None, (f"The triage's learned model ({MODEL_PATH.name}) could not be "
                                f"loaded ({err!r:.120}); fetch medchat/ from the repository again.")


CHAT_CUT = 2_000  # the chat cuts longer messages before the model answers
TAIL_CHARS = 300


def local_score(ctx: Context, position: int) -> float:
    """The model's score for the sentence at `position` and its neighbours, so that a long
    message does not dilute what its last lines say."""
    starts, ends = ctx.sentences
    i = bisect_right(ends, position)  # sentence breaks before the phrase

    def span(before: int, after: int) -> str:
        lo = ends[i - 1 - before] if i - 1 - before >= 0 else 0
        hi = starts[i + after] if i + after < len(starts) else len(ctx.text)
        return ctx.text[lo:hi]
    return max(MODEL.predict(context_features(span(0, 0)))[0],
               MODEL.predict(context_features(span(1, 1)))[0])


def _triage(message) -> dict:
    text = normalise(message)
    ctx = build_context(text)
    hits = [h for c in CATEGORIES if (h := category_hit(c, ctx))]
    if ACCIDENT.search(text) and not INTENT.search(text):
        hits = [h for h in hits if h.category.name != "self_harm"]
    score, guess = MODEL.predict(context_features(text, ctx)) if MODEL else (0.0, None)
    live = [h for h in hits if h.state == "live"]
    possible = [h for h in hits if h.state == "possible"]
    result = {"score": round(score, 3)} if MODEL else {"score": None, "error": MODEL_ERROR}
    if live and MODEL and score < MODEL.veto_threshold and not any(
            (len(text) > CHAT_CUT or h.position >= len(text) - TAIL_CHARS)
            and local_score(ctx, h.position) >= MODEL.veto_threshold for h in live):
        # A phrase fired but the message does not read like an emergency (a joke, a past
        # episode): the softer notice, not an alarm. In a message longer than the chat's cut,
        # or near any message's end, the phrase's own sentences are judged too, so a long
        # story cannot dilute an emergency told in its last lines.
        possible, live = possible + live, []
    if live:
        chosen, level, matched = live, "emergency", None
    elif (MODEL and score >= MODEL.threshold_for(guess) and SYMPTOM.search(text)
          and not (PET.search(text) and not PERSON.search(text))):
        # Wording the rules do not know, but that reads like the labelled emergencies.
        chosen, level, matched = possible, "emergency", f"model score {score:.2f}"
    elif possible or MODEL and score >= MODEL.possible_threshold:
        chosen, level, matched = possible, "possible", None
    else:
        return {"emergency": False, "level": None, "category": None, "categories": [],
                "matched": None, **result}
    # Tier first (self-harm, then specific causes, then generic signs), then earliest phrase.
    chosen.sort(key=lambda h: (h.category.tier, h.position))
    names = [h.category.name for h in chosen] or [guess]
    if level == "emergency" and not live and guess not in names:
        names.append(guess)
    names.sort(key=lambda n: CATEGORY_BY_NAME[n].tier)
    phrases = "; ".join(h.matched for h in chosen)
    matched = "; ".join(x for x in (phrases, matched) if x) or f"model score {score:.2f}"
    return {"emergency": level == "emergency", "level": level, "category": names[0],
            "categories": names, "matched": matched, **result}


def triage(message) -> dict:
    """Classify one chat message; never raises. `matched` holds the phrases that fired.

    Keys: emergency (bool), level ("emergency", "possible" or None), category (the first of
    categories, or None), categories (every category found, crisis first), matched, and
    score (the learned model's emergency probability).
    """
    try:
        return _triage(message)
    except Exception as err:  # a bug here must not take the chat down or hide a notice
        return {"emergency": False, "level": "possible", "category": None, "categories": [],
                "matched": None, "error": repr(err)[:200]}


EMERGENCY_MESSAGE = (
    "This could be a medical emergency. Please call your local emergency number now "
    "(for example 112, 911 or 999) or go to the nearest emergency department. "
    "Don't wait for an answer here."
)

POSSIBLE_MESSAGE = (
    "If this is happening now, it could be an emergency: call your local emergency number "
    "(for example 112, 911 or 999) or go to the nearest emergency department."
)

CRISIS_MESSAGE = (
    "I'm really sorry you're going through this, and you don't have to face it alone. "
    "If you or someone else might act on thoughts of suicide or self-harm, please call "
    "your local emergency number now (for example 112, 911 or 999) or go to the nearest "
    "emergency department. You can also talk to a crisis line right now: call or text 988 "
    "in the US, call Samaritans free on 116 123 in the UK and Ireland, or your local "
    "crisis line. Please don't stay alone - ask someone you trust to be with you."
)


def emergency_notice(category=None, level: str = "emergency") -> str:
    """The notice for one category or a list of them: crisis text first, then each advice."""
    names = [category] if isinstance(category, str) or category is None else list(category)
    known = [CATEGORY_BY_NAME[n] for n in names if n in CATEGORY_BY_NAME]
    if any(c.name == "self_harm" for c in known):
        first = CRISIS_MESSAGE
    else:
        first = POSSIBLE_MESSAGE if level == "possible" else EMERGENCY_MESSAGE
    advice = [c.advice for c in known if c.name != "self_harm"]
    return " ".join([first, *advice])


def notice_for(flag: dict) -> str:
    """The notice triage() asks for, or '' when it found nothing."""
    if not flag.get("level"):
        return ""
    return emergency_notice(flag.get("categories") or None, flag["level"])


def triage_scores(path: Path, triage_fn=None) -> dict:
    """Precision, recall, false-alarm rate and category accuracy on a labelled CSV.

    `emergency` is the label (1/0); `category` the expected category, or several joined by
    ';' (the first counts as right when triage finds it among its categories).
    """
    triage_fn = triage_fn or triage
    rows = list(csv.DictReader(Path(path).open(encoding="utf-8")))
    flags = [triage_fn(r["message"]) for r in rows]
    actual = [r["emergency"] == "1" for r in rows]
    tp = sum(bool(f["emergency"]) and a for f, a in zip(flags, actual))
    fp = sum(bool(f["emergency"]) and not a for f, a in zip(flags, actual))
    right = sum(r["category"].split(";")[0] in (f.get("categories") or [f["category"]])
                for f, r, a in zip(flags, rows, actual) if a)
    return {"messages": len(rows), "emergencies": sum(actual), "precision": tp / max(tp + fp, 1),
            "recall": tp / max(sum(actual), 1),
            "false_alarm_rate": fp / max(len(rows) - sum(actual), 1),
            "category_accuracy": right / max(sum(actual), 1)}
