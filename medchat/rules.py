"""The triage's rules: tables of phrases per emergency category, and each category's advice.

Every pattern is a readable phrase list compiled once; repetition is bounded ({0,n}) so a
long message cannot make matching slow. medchat.triage decides which matches are live.

The file reads in the order it grew: the first triage's tables, the tables added for issue 11
(`*_EXTRA`, and the new categories), then one `MORE_*` dict per round of fresh messages, each
appending rules to its categories. `CATEGORIES` at the end of the file is what triage uses.
"""
import re
from dataclasses import dataclass

def _rx(*alternatives: str) -> re.Pattern:
    """Compile phrase alternatives; the lookarounds act like \\b but also work next to '°'."""
    # \b, not a look-behind, lets the regex engine skip ahead fast; it also lets an
    # alternative that starts with an apostrophe ("'s choking") follow a letter.
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")(?!\w)")


# A negation inside a filler gap would hide from the negation check ("temp is not 38").
NEG_WORD = r"(?:no|not|never|none|\w*n't)(?!\w)"


def _words(n: int) -> str:
    """Up to n filler words, none a negation; bounded, so no runaway backtracking."""
    return rf"(?:(?!{NEG_WORD})\S+ ){{0,{n}}}"


# Shared vocabulary, kept small so each rule below still reads like a phrase.
W1, W2, W3, W4 = _words(1), _words(2), _words(3), _words(4)
BE = r"(?:is|are|am|was|'s|'re|'m)"
WHOSE = r"(?:my|his|her|their|your|our|the)"
SELF = r"(?:myself|himself|herself|themselves|themself)"
TEMP_C = r"(?:3[89]|4[0-2])"  # 38-42 °C: the NICE fever threshold for young infants is 38

FEVER = _rx(
    r"fever\w*", r"febrile", r"high temp(?:erature)?", r"burning up",
    rf"(?:temp|temperature) {W2}{TEMP_C}(?:[.,]\d+)?",
    rf"{TEMP_C}[.,]\d+", rf"{TEMP_C} ?(?:°|º|degrees|c)",
    r"10[0-6](?:\.\d)? ?(?:°|º|f|degrees)",
    # "feels hot", not "it's hot today": the weather is not a fever.
    r"(?:feels?|felt) (?:very |really |so )?hot",
)

# Signs that an airway is actually blocked, as opposed to a lump-in-the-throat feeling.
AIRWAY_DISTRESS = _rx(
    r"can't (?:breathe|breath|cough|speak|talk|cry|swallow)", r"gagging", r"drooling",
    r"turning blue", r"struggling to breathe", r"wheez\w*",
)

# Reduced consciousness: turns a head knock or a high sugar into an emergency.
DROWSY = _rx(
    r"confused", r"confusion", r"drowsy", r"(?:very|really) sleepy", r"not making sense",
    r"(?:can't|won't|hard to) wake", r"unconscious", r"unresponsive", r"passed out",
    r"(?:going to |about to )?pass out", r"blacked out", r"fitting", r"seizure",
    r"slurr\w+",
)


@dataclass(frozen=True)
class Rule:
    """A phrase that signals an emergency, optionally only alongside other live phrases."""

    pattern: re.Pattern
    requires: tuple[re.Pattern, ...] = ()
    # A phrase anywhere in the message that rules this one out ("accidentally").
    unless: re.Pattern | None = None

@dataclass(frozen=True)
class Category:
    name: str
    rules: tuple[Rule, ...]
    advice: str
    # Lower tier wins: crisis-line advice must never be hidden by another category, and
    # generic signs (bleeding, breathing) should yield to the more specific cause.
    tier: int = 1

MEDICINE = r"(?:pills|tablets|medicines?|medication|meds|capsules)"

# Hopelessness, a means made ready, or cutting as a habit say as much as "suicide" does.
HOPELESS = Rule(_rx(
    # The lookahead keeps "no point carrying on with the antibiotics" out.
    r"(?:no|don't see (?:the|any)|what's the) (?:point|reason) (?:in |of |to )?(?:live|living|life"
    r"|be(?:ing)? alive|go(?:ing)? on|keep(?:ing)? going|carry(?:ing)? on)"
    r"(?=\s*(?:[.!?,;]|$|and |but |anymore|any more|like this))",
    r"(?:nobody|no one|no-one) would (?:notice|care|miss me) if (?:i|he|she) "
    r"(?:was|were|died|disappeared|wasn't|weren't)",
    r"(?:nobody|no one|noone) (?:would|will|'ll|is going to|gonna) (?:even )?miss me",
    r"want(?:s|ed)? (?:it all|everything) to (?:stop|end)(?! \w+ing)",
    r"want(?:s|ed)? (?:it|the pain) to (?:stop|end) (?:for good|forever|permanently)",
    r"want(?:s|ed)? to disappear (?:forever|for good|permanently)",
    rf"(?:saved up|saving up|stockpil\w*|hoard\w*) {W2}{MEDICINE}",
    rf"{MEDICINE} {W2}(?:lined up|saved up|stockpiled)",
    r"cutting (?:again|(?:my|his|her|their) (?:arms?|legs?|thighs?|skin|wrists?))",
    r"(?:cut|slit|slashed) (?:my|his|her|their) wrists?",
))

SELF_HARM_RULES = (
    Rule(_rx(rf"kill(?:ing)? {SELF}", r"commit(?:ting)? suicide", r"attempt(?:ing)? suicide",
             rf"(?:end|ending|take|taking) {WHOSE} (?:own )?life",
             r"end(?:ing)? it all", r"(?:want|going|plan(?:ning)?) to end (?:it|everything)"
             r"(?! with)",
             # "with" keeps "feel like ending it with him" (a relationship) out.
             r"(?:feel(?:s|ing)? like|considering) ending (?:it|everything)(?! with)")),
    Rule(_rx(r"(?:want|wants|wanting|wanna|wish|wishes|plan(?:s|ning)?|ready|decided)(?: to)? die",
             r"(?:don't|doesn't) want to (?:be alive|live|exist|wake up|be here)",
             r"(?:wish|wishes) (?:i|he|she|they) (?:was|were) dead",
             r"better off (?:without me|dead|if i (?:was|were) (?:gone|dead))")),
    Rule(_rx(r"(?:feel(?:s|ing)?|'m|am|is|'s|are|been|getting) (?:very |really |so )?suicidal",
             r"suicidal (?:thoughts|feelings|ideation)",
             r"(?:thinking|thought|think) (?:about|of) (?:suicide|killing|ending)",
             rf"(?:cutting|hurting|harming|burning|starving) {SELF}", r"self[- ]?harm(?:ing)?",
             r"(?:going to|thinking (?:about|of)|planning (?:to|on)|want to) (?:take|taking|"
             r"swallow|swallowing) (?:all|a whole|the whole|every)",
             r"(?:suicide|goodbye) note",
             r"(?:threaten(?:ing|ed|s)?|going|want(?:s|ing)?|plan(?:s|ning)?) to (?:jump|hang"
             rf"|drown|shoot) (?:off|from|in front of|{SELF})",
             r"threaten(?:ing|ed|s)? suicide", rf"hang(?:ing)? {SELF}")),
    HOPELESS,
)

# Typed in a panic: "swallowd", "swalowed".
SWALLOWED = r"swall?owe?d"
NAMED_DRUG = (r"(?:insulin|methadone|morphine|oxycodone|fentanyl|heroin|paracetamol|"
              r"acetaminophen|tylenol|ibuprofen|aspirin|co-?codamol|codeine|tramadol|calpol|"
              r"xanax|diazepam|valium|ketamine|cocaine|mdma|ecstasy|antidepressants|"
              r"sleeping pills)")
DRUG = rf"(?:{NAMED_DRUG}|{MEDICINE}|doses?)"
# Taking or giving a drug, with room for "gave him" or "gave the baby". "Gave me too many
# tablets" is a pharmacy mix-up, not an overdose, so "me" is left out.
GAVE = rf"(?:took|taken|{SWALLOWED}|given|gave|injected|snorted|popped|done)(?: (?!me\b)\w+){{0,2}}"
# An excess: "took too many pills", "gave him too much calpol". "Lots of" only counts for
# a named drug: "taken lots of tablets over the years" is routine.
EXCESS_DOSE = Rule(_rx(rf"{GAVE} (?:way )?too (?:much|many) (?:of )?(?:{WHOSE} )?{W1}{DRUG}",
                       rf"{GAVE} (?:a handful|handfuls|a bunch|a load|loads|lots|a lot) of "
                       rf"{W1}{NAMED_DRUG}"))

OVERDOSE_RULES = (
    Rule(_rx(r"overdos(?:ed|ing)", r"(?:taken|took|had|done) an (?:overdose|od)", r"od'd",
             r"od-?ed",
             r"too much (?:of )?(?:my|his|her|their) " + W1 + r"(?:dose|insulin|methadone|"
             r"medication|meds|medicine|pills|tablets|morphine|oxycodone|fentanyl|heroin)")),
    EXCESS_DOSE,
    # Ten or more of something swallowed; units rule out "took 20 minutes" or "took 30 mg".
    Rule(_rx(rf"(?:took|taken|{SWALLOWED}|popped) (?:like |about |around |maybe |over |nearly "
             r"|almost |at least )?(?:[1-9]\d|\d{3,})(?!\s*(?:%|mg|mcg|ml|g\b|min|minute|hour"
             r"|hr|sec|second|day|week|month|year|time|step|kg|lb|pound|mile|km))",
             rf"(?:took|taken|{SWALLOWED}|drank|drunk|ate|eaten) (?:a |an )?(?:whole|entire|full)"
             r" (?:bottle|packet|pack|box|strip|tub|sheet)",
             rf"(?:took|taken|{SWALLOWED}) (?:a handful|handfuls|a bunch|a load|loads|lots|"
             rf"a lot|all) of {WHOSE}", rf"(?:took|taken|{SWALLOWED}) all {WHOSE}")),
    Rule(_rx(rf"(?:drank|drunk|drinking|{SWALLOWED}|ate|eaten|eating|licked|chewed|got into)"
             " " + W3 + r"(?:bleach|anti-?freeze|drain cleaner|oven cleaner|dishwasher "
             r"(?:tablets?|pods?)|(?:washing|laundry) (?:tablets?|pods?|capsules?)|detergent|"
             r"weed ?killer|pesticide|rat poison|poison|(?:button )?batter(?:y|ies)|magnets?|"
             r"white spirit|turps|paraffin|lamp oil|petrol|methanol|e-?liquid|vape juice)",
             r"carbon monoxide (?:leak|alarm|poisoning)", r"co alarm (?:is )?going off",
             r"gas leak")),
    # Eating a quantity of medicine, or someone else's, is accidental or deliberate harm;
    # "I swallow my tablets" is routine, so ownership or amount must be stated.
    Rule(_rx(rf"(?:{SWALLOWED}|ate|eaten|chewed) (?:some|a few|several|lots|loads|a bunch|a "
             r"handful|all|the whole|a whole)(?: of)? " + W3 + MEDICINE,
             rf"(?:{SWALLOWED}|ate|eaten|chewed) " + W3 + r"\S+'s " + W2 + MEDICINE,
             r"got into " + W3 + MEDICINE)),
)

CHOKING_RULES = (
    Rule(_rx(r"(?:is|are|am|'s|'re|'m|keeps?|started|still) " + W1 + r"choking", r"choking on")),
    Rule(_rx(rf"(?:stuck|lodged) in {WHOSE} {W1}(?:throat|windpipe|airway)",
             r"swallowed (?:a|an|the|some) " + W1 + r"(?:coin|button|marble|toy|lego|bead|bone)"),
         requires=(AIRWAY_DISTRESS,)),
)

ALLERGEN = _rx(r"stung", r"sting", r"bee", r"wasp", r"\w*nuts?", r"shellfish", r"shrimps?",
               r"prawns?", r"allerg\w*", r"ate", r"eaten", r"eating", r"epi-?pen",
               r"penicillin", r"antibiotics?", r"hives", r"wheez\w*")

ANAPHYLAXIS_RULES = (
    Rule(_rx(r"throat (?:is |are |'s |feels |feel |keeps )?" + W2 + r"(?:swelling|swollen|"
             r"closing|closed|tight|tightening)",
             r"tongue (?:is |are |'s )?(?:swelling|swollen|puffing|getting bigger)",
             r"swollen (?:tongue|throat)",
             r"(?:having|going into|gone into|went into|is in|'s in) (?:an? )?(?:anaphyla\w+)")),
    # Lip or face swelling alone is often harmless; next to a trigger it suggests anaphylaxis.
    Rule(_rx(r"(?:lips?|face|eyes|mouth)(?: and \w+)? (?:is |are |'s |'re )?(?:swelling|"
             r"swollen|puffing up|puffed up|blowing up|ballooning)"),
         requires=(ALLERGEN,)),
    # Hives alone are common; with wheeze or a closing airway they are anaphylaxis.
    Rule(_rx(r"hives", r"(?:covered|broken out|breaking out|come out) in (?:a )?(?:rash|hives|"
             r"welts|blotches)", r"(?:rash|welts) all over"), requires=(AIRWAY_DISTRESS,)),
    Rule(_rx(r"(?:used|gave|given|had to use|injected|jabbed) (?:my|his|her|their|an|the) "
             r"(?:epi-?pen|epi pen|auto-?injector|adrenaline)")),
)

INFANT_AGE = _rx(
    r"(?:[0-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[- ]?(?:weeks?|wks?)[- ]?old",
    r"\d{1,2}[- ]?days?[- ]?old", r"(?:[12]|one|two)[- ]?months?[- ]?old",
    r"new ?born", r"neonate",
    r"(?:baby|infant|son|daughter|he|she)(?: is|'s) (?:only |just )?(?:[0-9]|1[0-2]) ?"
    r"(?:weeks?|wks?|days?)",
    r"(?:baby|infant|newborn|son|daughter|lo)(?: is|'s)? (?:only |just )?(?:[12]|one|two) ?"
    r"(?:months?|mths?|mos?)\b(?! ago)",
)

# Under 3 months a temperature of 38 °C or more is a red flag regardless of how well they look.
INFANT_FEVER_RULES = (Rule(INFANT_AGE, requires=(FEVER,)),)

# A late period or a positive test says pregnant as well as the word does (ectopic signs).
PREGNANT = _rx(r"pregnan(?:t|cy)", r"period (?:is |'s |was )?(?:\w+ ){0,3}late",
               r"missed (?:my |her )?period", r"positive (?:pregnancy )?test")
# Excludes everyday "blood pressure", "blood test" and gum or nose bleeds in pregnancy.
PREG_BLEED = _rx(r"(?<!gums )(?<!nose )(?:bleed(?:ing|s)?|blood)(?! (?:pressure|sugar|tests?"
                 r"|type|group|glucose|count|results?|work|gums|clots? in (?:my|his|her) leg))",
                 r"haemorrhag\w*", r"hemorrhag\w*",
                 r"soak(?:ing|ed|s)? (?:through )?(?:a |my |her )?(?:pads?|sanitary towels?)")
PREG_PAIN = _rx(r"(?:sharp|severe|bad|stabbing|terrible|one[- ]sided) " + W2 + "pain",
                r"pain (?:on|in) one side", r"faint", r"dizzy", r"shoulder tip pain", r"cramps?")

PREGNANCY_RULES = (
    Rule(PREGNANT, requires=(PREG_BLEED,)),
    # Spotting alone is common; with pain or faintness it may be an ectopic pregnancy.
    Rule(_rx(r"spotting"), requires=(PREGNANT, PREG_PAIN)),
)

SEIZURE_RULES = (
    Rule(_rx(r"(?:having|keeps? having|started having) (?:a |another |more |multiple |one |"
             r"several |repeated |back[- ]to[- ]back )?(?:seizures?|fits?|convulsions?)",
             r"(?:fit|seizure) after (?:fit|seizure|another)",
             rf"(?:{BE}|been|keeps?|started|still) {W1}(?:seizing|fitting|convulsing)",
             r"(?:shaking|jerking|twitching|thrashing) (?:all over|uncontrollably|violently)",
             r"(?:shaking|jerking|twitching) and (?:staring|unresponsive|not responding|"
             r"won't respond|foaming)",
             r"(?:seizure|fit) (?:won't|hasn't|isn't|doesn't) stop",
             r"(?:it's|this is|is this) a (?:fit|seizure)")),
)

GLUCOSE = r"(?:sugars?|glucose|bg|bm|reading|levels?) " + W3 + r"(?:of |is |at |was |reads? )?"
DIABETIC = _rx(r"diabetic", r"diabetes", r"type (?:1|one)", r"t1d?", r"hypo(?:glyc\w*)?",
               r"(?:sugars?|glucose) (?:is |'s )?(?:really |very |dangerously )?(?:low|high)")
DKA_SIGNS = _rx(r"vomit\w*", r"being sick", r"throwing up", r"breathing (?:deeply|fast|heavily)",
                r"pear drops", r"ketones", r"(?:stomach|tummy|abdominal) pain")

DIABETIC_RULES = (
    # Below 3 mmol/L (or 54 mg/dL) is a severe hypo; the lookahead skips "2 hours after".
    Rule(_rx(GLUCOSE + r"(?:0?[.,]\d|[12](?:[.,]\d)?)(?!\s*(?:hours?|hrs?|times|days?|weeks?"
             r"|mins?|minutes|x\b|[.,]?\d))", GLUCOSE + r"[1-4]\d ?mg")),
    Rule(_rx(GLUCOSE + r"(?:hi|high|3\d(?:[.,]\d)?|off the scale)"), requires=(DKA_SIGNS,)),
    Rule(DIABETIC, requires=(DROWSY,)),
)

HEAD_HIT = _rx(
    r"(?:hit|banged|bumped|smacked|knocked|struck|whacked|cracked) " + W2 + r"(?:head|skull)",
    r"(?:head|skull) (?:injury|trauma|knock|bump)", r"hit on the head", r"concuss\w*",
    r"head-?butt(?:ed|ing)?",
    r"fell " + W4 + r"(?:on|onto) (?:his|her|my|their|the back of \w+) head",
)
# Red flags after a head injury (NICE CG176 style) that need same-day emergency care.
HEAD_RED_FLAGS = _rx(
    r"vomit\w*", r"(?:being|been|keeps being) sick", r"throwing up", r"threw up",
    r"confused", r"drowsy", r"(?:very|really|unusually) sleepy", r"(?:won't|can't|hard to) wake",
    r"knocked out", r"unconscious", r"passed out", r"blacked out", r"seizure", r"fitting",
    r"fluid " + W3 + r"(?:nose|ears?)", r"blood " + W3 + r"(?:ears?|nose)",
    r"warfarin", r"apixaban", r"rivaroxaban", r"blood thinners?", r"anticoagula\w+",
    r"(?:bad|worst|severe|terrible) headache", r"headache (?:is )?getting worse",
    r"can't remember", r"memory loss", r"slurr\w+", r"unequal pupils",
)

HEAD_INJURY_RULES = (
    Rule(HEAD_HIT, requires=(HEAD_RED_FLAGS,)),
    Rule(_rx(r"knocked (?:out|unconscious)", r"lost consciousness")),
)

# A rash that stays visible under pressure is the classic sign of meningococcal sepsis.
RASH_PRESS = _rx(r"glass", r"tumbler", r"press\w*", r"fever\w*", r"temp(?:erature)?", r"floppy",
                 r"drowsy", r"unwell", r"poorly")
INFECTION = _rx(r"fever\w*", r"temp(?:erature)?", r"shiver\w*", r"rigou?rs", r"infection", r"uti",
                r"mottled", r"burning up")

SEPSIS_RULES = (
    Rule(_rx(r"non[- ]?blanching", r"petechia\w*", r"purpura\w*",
             r"(?:purple|dark red|purplish|bruise-like) (?:rash|spots|blotches|marks)",
             r"(?:skin|legs|knees|hands|feet|he|she) (?:is |are |looks? |'s )?mottled",
             r"mottled skin")),
    Rule(_rx(r"(?:rash|spots|marks|blotches) " + W4 + r"(?:doesn't|won't|don't|didn't|"
             r"isn't|aren't) (?:fade|blanch|go away|disappear)"), requires=(RASH_PRESS,)),
    Rule(_rx(r"stiff neck", r"neck (?:is |'s |feels )?(?:really |very |so )?stiff",
             r"can't (?:bend|move) " + W2 + r"neck"),
         requires=(_rx(FEVER.pattern, r"light", r"photophobi\w*", r"rash"),)),
    Rule(_rx(r"floppy", r"limp", r"lethargic", r"(?:very|really|extremely) (?:drowsy|sleepy)",
             r"hard to wake", r"(?:really |very |suddenly )?confused"), requires=(INFECTION,)),
    Rule(_rx(r"(?:think|worried|could|might|may) " + W3 + r"(?:sepsis|septic|meningitis)")),
)

STROKE_RULES = (
    Rule(_rx(r"(?:face|mouth|smile) (?:is |has |'s )?(?:gone |going )?(?:drooping|droopy|"
             r"dropped|drooped|fallen|sagging|lopsided|crooked)",
             r"(?:drooping|droopy|lopsided|crooked|sagging) (?:face|mouth|smile)",
             r"slurr(?:ed|ing)", r"speech (?:is |'s )?(?:garbled|jumbled)",
             r"words (?:are |is )?(?:coming out )?(?:wrong|jumbled|garbled)",
             r"(?:speech|talking) (?:is |has |'s )?(?:gone |going )?(?:all )?(?:funny|strange"
             r"|weird|muddled|garbled|jumbled)",
             r"(?:one side|half) of " + W1 + r"(?:face|body|mouth) (?:isn't|won't|can't|not|"
             r"doesn't) (?:moving|move|working|work)")),
    Rule(_rx(r"(?:can't|unable to|couldn't) (?:move|lift|feel|raise) (?:my|his|her|their) "
             + W1 + r"(?:arm|leg|hand|face)",
             r"(?:one|left|right) side (?:of \w+ (?:body|face) )?(?:has |is |'s )?(?:gone |went "
             r")?(?:weak|numb|paralysed|paralyzed|dead|limp|floppy)",
             r"can't (?:get (?:my|his|her|their) words out|speak properly|find \w+ words)",
             r"sudden(?:ly)? " + W3 + r"(?:weak|numb|can't see|blind)",
             r"can't see out of one eye", r"(?:lost|losing) (?:the )?(?:vision|sight) in one eye")),
    Rule(_rx(r"having a stroke", r"(?:is this|this is|could be|might be) a stroke",
             r"worst headache of (?:my|his|her|their) life", r"thunderclap")),
)

CHEST_PAIN_RULES = (
    Rule(_rx(r"chest (?:pains?|tightness|pressure|heaviness|discomfort)",
             rf"(?:pain|pressure|tightness|heaviness|weight) (?:in|on|across) (?:the (?:middle|"
             rf"centre|center|left side) of )?{WHOSE} chest",
             # A present "chest hurts" counts like "chest pain", unless it is mild or only
             # on coughing (a cold's chest wall ache).
             r"chest (?:is |'s |has been |keeps |still |started )?(?:really |very |so )?"
             r"(?:hurt(?:s|ing)?|ach(?:es|ing)|killing|in agony)(?! (?:a (?:bit|little)|"
             r"slightly|only|when (?:i|he|she|you|they) (?:cough|sneeze|laugh|press)))",
             r"chest (?:feels|is) (?:like|tight|heavy|crushed|being squeezed)",
             rf"clutching {WHOSE} chest",
             rf"pain (?:going|spreading|radiating|moving|shooting) (?:down|into|to|up) {WHOSE} "
             r"(?:left )?(?:arm|jaw)",
             r"having a heart attack", r"is this a heart attack")),
)

# Burns needing emergency care: large, deep (white/charred/painless), on the face or
# chest, in a young child, or caused by fire, chemicals or electricity.
BURN_SEVERITY = _rx(
    r"blister\w*",
    r"huge", r"large", r"big", r"massive", r"deep", r"severe", r"serious", r"most of",
    r"all over", r"whole", r"white", r"charred", r"black", r"leathery", r"doesn't hurt",
    r"no pain", r"face", r"chest", r"neck", r"genitals?", r"mouth", r"fire",
    r"baby", r"toddler", r"infant",
    # Skin lifting away is a deep or extensive burn.
    r"skin (?:is |has |'s )?(?:peel\w*|coming|came|falling|fell|hanging) off",
)

BURN_RULES = (
    Rule(_rx(r"burns?", r"burned", r"burnt", r"scalds?", r"scalded",
             r"(?:spilled|spilt|poured|knocked|tipped) " + W4 + r"(?:boiling|hot) "
             r"(?:water|oil|fat|tea|coffee|soup)", r"pulled " + W2 + r"kettle",
             r"(?:boiling|hot) (?:water|oil|fat|tea|coffee|soup) " + W3 + r"(?:over|onto|on|down)"),
         requires=(BURN_SEVERITY,)),
    Rule(_rx(r"(?:chemicals?|bleach|acid|alkali|lye|oven cleaner|drain cleaner|caustic|"
             rf"ammonia) {W3}(?:in|into|on|onto|over) {WHOSE} (?:eyes?|face|mouth)",
             # Chemical burns always need hospital care, whatever their size.
             r"(?:chemical|acid|alkali|caustic) burns?",
             r"electrocuted", r"struck by lightning",
             r"(?:touched|grabbed|bit|chewed) (?:a |the )?(?:live|bare|exposed) (?:wire|cable)",
             r"(?:clothes|hair) (?:caught|on) fire", r"smoke inhalation")),
)

BLEEDING_RULES = (
    Rule(_rx(r"(?:won't|doesn't|isn't|can't|hasn't) stop(?:ped)? bleeding",
             r"(?:bleeding|blood|bleed|nose ?bleed) (?:still )?(?:won't|doesn't|isn't|hasn't) "
             r"stop(?:ping|ped)?",
             r"bleeding (?:very |really |so )?(?:heavily|a lot|badly|profusely|everywhere|"
             r"loads|lots|out)",
             r"(?:heavy|severe|massive|profuse|uncontrolled|uncontrollable) bleeding",
             r"(?:spurting|pumping|gushing|pouring|squirting|streaming) (?:out )?(?:with )?blood",
             r"blood (?:is |'s )?(?:spurting|pumping|gushing|pouring|squirting|streaming)")),
    Rule(_rx(r"soak(?:ing|ed|s)? (?:through )?(?:a |the |his |her |my )?(?:towels?|bandages?|"
             r"cloth|dressing|tea ?towel|clothes|shirt)",
             r"(?:vomiting|throwing up|coughing up|spitting up|being sick) " + W2 +
             r"(?:blood|coffee grounds)",
             r"(?:passing|lost|losing) (?:a lot of|lots of|large amounts of|loads of|so much) "
             r"blood")),
)

BREATHING_RULES = (
    Rule(_rx(r"(?:can't|unable to|struggling to|fighting to|hardly|barely|trouble|difficulty"
             r"|difficult to|hard to|not able to) (?:breathe|breath|breathing|catch (?:my|his|"
             r"her|their|a) breath|get (?:my|his|her|their) breath)"
             # A blocked nose is not a blocked airway.
             r"(?! (?:through|out of|with) (?:my |his |her |their |the |one )?(?:nose|nostril"
             r"|left|right))",
             r"gasping(?: for (?:air|breath))?", r"(?:struggling|fighting) for (?:air|breath)",
             r"(?:can't|unable to|struggling to) get (?:enough )?(?:air|breath|oxygen)",
             r"(?:not|isn't) breathing (?:properly|right|normally|well)")),
    Rule(_rx(r"(?:lips|face|skin|he|she|they) (?:is |are |'s |'re )?(?:turning|turned|gone|"
             r"going) (?:blue|grey|gray)", r"blue lips", r"lips (?:are |look )?blue",
             r"inhaler (?:isn't|not|doesn't) (?:working|helping|work|help)",
             r"can't (?:finish|complete) (?:a |her |his |my )?sentences?",
             r"can (?:barely|hardly) (?:speak|talk)", r"sucking in (?:under|between) \w+ ribs",
             r"breathing (?:really |very |so )?(?:fast|quickly)",
             r"having an? (?:bad |severe |serious )?asthma attack")),
)

UNRESPONSIVE_RULES = (
    Rule(_rx(r"(?:not|isn't|won't|can't|doesn't|didn't) (?:waking|wake|woken|respond|"
             r"responding|responsive)(?: up)?(?! (?:refreshed|rested|early|on time|at night|"
             r"in the (?:night|morning)|feeling))(?! to (?:treatment|antibiotics|medications?|"
             r"meds|therapy|texts|messages|calls|emails))",
             r"unresponsive", r"unconscious(?! bias| mind)",
             r"unrousable", r"(?:has |just |suddenly )?collapsed(?! lung| vein)",
             r"(?:not|isn't|hasn't|won't) (?:\w+ )?(?:conscious(?! of)|come round|come to|"
             r"coming round|regained consciousness)",
             r"(?:he|she|they|'s|and|baby) (?:isn't|not|stopped|has stopped) moving",
             r"(?:dropped|slumped|crumpled|keeled over) (?:down )?(?:to|on|onto) the "
             r"(?:floor|ground)", r"keeled over")),
    Rule(_rx(r"(?:not|isn't|stopped|no longer) breathing(?! properly| right| normally| well"
             r"| through)", r"no pulse", r"can't (?:feel|find) (?:a|his|her|their|any) pulse",
             r"(?:doing|giving|started|performing) cpr", r"chest compressions",
             # The negation sits on the verb: "I don't think she's breathing".
             r"(?:don't think|not sure (?:if|whether)|can't tell if) (?:he|she|they|baby|\w+)"
             r"(?: is|'s|'re| are) breathing")),
)

# ---- Rules added for issue 11: conditions the first rules missed, and their usual wording.
UNWELL = _rx(
    r"shak\w*", r"shaky", r"sweat\w*", r"confus\w*", r"drowsy", r"sleepy", r"dizzy", r"faint\w*",
    r"vomit\w*", r"being sick", r"throwing up", r"(?:breathing|breath) (?:\w+ )?(?:slow\w*|shallow"
    r"|weird|funny|strange)", r"not making sense", r"unconscious", r"fitting", r"seizure",
    r"barely awake", r"(?:won't|can't) wake", r"lips (?:are |look )?blue", r"agitated",
    r"burning up", r"(?:really|very|so) hot", r"collapsed", r"out of it", r"passed out",
    r"not (?:right|himself|herself)", r"(?:heart|chest) (?:is )?(?:racing|pounding|hurts|pain)",
    r"jaw (?:is )?(?:going|clenching)", r"snoring", r"cramps", r"crying", r"burning",
    r"bleed\w*", r"bruis\w*",
)
SUDDEN = _rx(r"sudden\w*", r"all of a sudden", r"out of (?:nowhere|the blue)", r"just now",
             r"came on", r"(?:minutes|an hour|hour) ago", r"woke (?:up )?(?:with|and)",
             r"right now", r"without warning", r"started (?:\w+ )?(?:minutes|an hour)")
MEANS = _rx(r"knife", r"knives", r"razors?", r"blades?", r"pills", r"tablets", r"meds",
            r"medicine", r"rope", r"noose", r"gun", r"bridge", r"roof", r"ledge", r"train",
            r"tracks", r"belt", r"ligature", r"cliff", r"balcony", r"car park", r"overdose")
DESPAIR = _rx(r"tonight", r"river", r"sea", r"cliff", r"bridge", r"tracks", r"sorry", r"goodbye",
              r"end it", r"do it", r"can't (?:go on|do this|take it|"
              r"keep going|carry on)", r"had enough", r"nothing left", r"better off",
              r"no (?:one|body) (?:will|would|cares)", r"nobody (?:will|would|cares)",
              r"won't need", r"the end", r"last (?:time|night|day)", r"for good", r"forever",
              r"all of them", r"enough", r"ready")

SELF_HARM_EXTRA = (
    Rule(_rx(r"(?:goodbye|farewell|final|last|suicide) (?:letters?|notes?|messages?|texts?|posts?"
             r"|video|words)", r"this is (?:my )?goodbye", r"saying goodbye to (?:everyone|you all"
             r"|the world|my family)", r"(?:last|final) message",
             r"(?:end|ending|stop|finish|finishing) (?:my|his|her|their) (?:own )?life",
             r"end(?:ing)? it (?:tonight|today|now|soon|for good|all)",
             r"(?:going to|will|'ll|about to|decided to|want to|ready to) end it(?! with)",
             r"(?:jump|jumping|step|stepping|throw (?:my|him|her)self|leap)"
             r"(?: off| of| from| in front of| under| onto)? (?:the |a |my |this )?"
             r"(?:roof|bridge|building|ledge|edge|balcony"
             r"|cliff|train|tracks|car park|window|top floor|motorway)",
             r"threaten(?:ing|ed|s)? to (?:jump|kill|end|hang|cut)",
             r"(?:engine|car|exhaust) (?:is )?(?:running|on) (?:\S+ ){0,4}(?:closed|shut|locked)?"
             r" ?garage",
             r"hose (?:pipe )?(?:through|into|in|from) (?:the )?(?:car |exhaust|window)",
             r"(?:sleep|fall asleep|go to sleep) (?:and )?(?:forever|for ever|and never wake"
             r"(?: up)?|and not wake)", r"never (?:wake|waking) up",
             r"(?:better|happier) (?:off )?(?:without me|if i (?:was|were) (?:dead|gone|not here))",
             r"(?:drive|crash|steer) (?:my|his|her|the) car (?:into|off)",
             r"(?:use|using|turn|point|pointing) (?:it|the gun|a gun|the knife) on "
             r"(?:myself|himself|herself)",
             r"(?:cut|burnt|burned|hurt|harmed|stabbed|scratched|hit) (?:myself|himself|herself)"
             r"(?: \w+){0,4} (?:on purpose|deliberately|intentionally)",
             r"on purpose (?:to )?(?:hurt|harm|cut|die|kill)",
             r"(?:cut|cuts|cutting|slit|slash\w*) (?:\w+ ){0,2}(?:wrists?|arms?|thighs?|legs?) "
             r"(?:\w+ ){0,3}(?:on purpose|deliberately|deep)", r"cut (?:deep|deeper)",
             r"(?:given|gave|giving) away (?:all )?(?:my|his|her) (?:things|stuff|belongings"
             r"|possessions|pets?|cat|dog)",
             r"won't need (?:anything|it|them|this|my \w+) (?:after|anymore|any more|where)",
             r"(?:saving|saved|hoarding|collecting|stockpiling) (?:up )?(?:my |his |her )?"
             r"(?:pills|tablets|meds|medication|medicine)",
             r"(?:pills|tablets|meds|medicine|rope|knife|gun) (?:\w+ ){0,2}(?:ready|prepared"
             r"|lined up|counted|in front of (?:me|her|him))",
             r"(?:going to|will|gonna|'ll|about to) (?:take|swallow) (?:them )?(?:all|every|the "
             r"whole|them all)", r"noose", r"tonight is the night",
             r"(?:can't|don't want to) (?:go on|live) (?:like this|anymore|any more)",
             r"(?:took|taken|swallowed) the pills",
             # The negation is part of the phrase, so it does not negate it.
             r"(?:(?:don't|can't|doesn't) see (?:the|any) |no |what's the )?point (?:of|in) "
             r"(?:waking up|living|being alive|going on|carrying on)",
             r"(?:tied|tying|put|wrapped|tightened) (?:a |the |his |her |my )?(?:belt|rope|cord"
             r"|cable|scarf|ligature|tie|sheet)s? (?:\w+ )?(?:around|round) (?:his|her|my|their)"
             r" neck", r"(?:not|don't|doesn't|no) want (?:to )?(?:live|living|be alive)",
             r"cut (?:\w+ ){0,3}(?:veins?|wrists?)", r"(?:want|wanna|wish) (?:to )?be dead",
             r"better off (?:\w+ ){0,4}(?:if i|without me|when i'm gone|dead)",
             r"(?:picture|photo|pic|video) of (?:a |the |her |his )?(?:rope|noose|pills|tablets"
             r"|knife|blade|gun|razor)",
             r"(?:notes?|letters?) (?:for|to) (?:everyone|everybody|my family|each of|all of)"
             r"\W+(?:\S+ ){0,8}(?:tonight|goodbye|finally|end|stop|gone)",
             r"(?:made up my mind|i've decided|decided to do it|(?:going|gonna) to do it)"
             r"(?! to (?:go|see|try|ask|take (?:the|a) (?:job|course)))"),
         requires=()),
)
# The means rule needs a sign of intent, and the intent rule a means at hand.
SELF_HARM_MEANS = (
    Rule(_rx(r"(?:left|leaving|wrote|written|writing) (?:\w+ ){0,4}(?:a |my )?(?:note|letter)s?",
             r"(?:with|and) (?:a|my) (?:note|letter)"),
         requires=(DESPAIR,)),
    Rule(_rx(r"(?:made up my mind|i've decided|decided|do it|tonight is the night|going to do it"
             r"|gonna do it|can't take (?:it|this) any ?more|had enough|last time)"),
         requires=(MEANS,)),
    Rule(_rx(r"(?:bought|got|tied|made|tested|have) (?:a |the )?(?:rope|noose|ligature|gun)"),
         requires=(DESPAIR,)),
)

CO_SOURCE = _rx(r"boiler", r"gas (?:fire|heater|stove|cooker|appliance)", r"(?:yellow|orange) "
                r"flame", r"flame (?:\w+ ){0,3}(?:yellow|orange)", r"charcoal", r"barbe(?:cue|que)"
                r" (?:\w+ ){0,2}inside", r"(?:bbq|barbecue|generator|heater|stove) (?:\w+ ){0,3}"
                r"(?:inside|in the tent|indoors|in the (?:house|room|garage))", r"paraffin heater",
                r"(?:closed|shut|enclosed|small) (?:room|space|garage)", r"fumes", r"exhaust",
                r"heater", r"gas fire", r"stove", r"cooker", r"chimney", r"flue", r"log burner")
CO_SYMPTOMS = _rx(r"headaches?", r"dizzy", r"sick", r"nause\w*", r"drowsy", r"sleepy", r"faint",
                  r"confused", r"vomit\w*", r"collaps\w*", r"unconscious")
CO_HOME = _rx(r"(?:whole"
              r"|entire) family", r"the (?:dog|cat) (?:is |seems )?(?:also )?(?:sleepy|drowsy"
              r"|ill|sick|unwell"
              r"|lethargic)", r"better when (?:we|i|they) (?:go|leave|get|are) (?:out|away)",
              r"only (?:at|in the) (?:home|house|flat)", r"even the (?:dog|cat)",
              r"(?:we|all of us|the whole family|everyone (?:in the house|at home)) (?:\w+ )?"
              r"(?:all )?(?:feel|have|has|are|got|keep getting)")
POISON = (r"(?:bleach|anti-?freeze|drain cleaner|oven cleaner|cleaning (?:liquid|product|spray"
          r"|fluid|stuff)|cleaner|disinfectant|dettol|toilet (?:cleaner|duck)|washing (?:pods?"
          r"|tablets?|liquid)|laundry (?:pods?|tablets?|capsules?)|dishwasher (?:tablets?|pods?)"
          r"|detergent|weed ?killer|pesticide|rat poison|slug pellets|poison|(?:button )?batter"
          r"(?:y|ies)|magnets?|white spirit|turps|paraffin|lamp oil|petrol|methanol|e-?liquid"
          r"|vape (?:juice|liquid|refill)|nail polish remover|acetone|lighter fluid|screenwash"
          r"|mouthwash|essential oil|perfume)")
OVERDOSE_EXTRA = (
    Rule(_rx(rf"(?:drank|drunk|drink|drinks|drinking|swallowed|swallow|swalowed|ate|eat|eats"
             rf"|eaten|eating|licked|chewed|bit into|got into|got hold of|sucked|sucking|sprayed)"
             rf" (?:\S+ ){{0,4}}{POISON}", r"carbon monoxide", r"co (?:alarm|detector)")),
    Rule(CO_SOURCE, requires=(CO_SYMPTOMS, _rx(CO_HOME.pattern, r"we", r"all", r"everyone",
                                                r"family", r"both"))),
    Rule(CO_HOME, requires=(CO_SYMPTOMS, CO_SOURCE)),
    Rule(_rx(r"(?:double|triple|twice|two|extra|too much|to much|wrong|a week's|a full week's)"
             r" (?:\w+ ){0,2}(?:dose|doses|insulin|methadone|tablets|pills|meds|worth|of (?:my|his"
             r"|her))", r"(?:took|taken|gave|given|injected|had) (?:\w+ ){0,3}(?:twice|double"
             r"|extra|too much|to much|by mistake)",
             r"(?:mixed up|muddled) (?:\w+ ){0,2}(?:tablets|pills|meds|medication)"),
         requires=(UNWELL,)),
    Rule(_rx(r"(?:snorted|took|taken|done|did|had|dropped|smoked|injected|swallowed|popped)"
             r" (?:\S+ ){0,3}(?:coke|cocaine|ket|ketamine|mdma|molly|ecstasy|heroin|spice|meth"
             r"|crack|ghb|lsd|acid|something|drugs|pills|fentanyl|xanax|opioids?|pingers)",
             r"(?:wild|foraged|picked) mushrooms?", r"(?:poisonous|toxic) (?:berries|mushrooms?"
             r"|plants?|leaves)", r"(?:spiked|drink was spiked)", r"(?:really|very|so) drunk",
             r"(?:took|taken|swallowed|had) (?:loads|lots|a lot|a load|a bunch|handfuls?)(?! of "
             r"(?:water|fluids?|food|rest|time|sleep))", r"od(?:'d|-?ed)? on"),
         requires=(UNWELL,)),
    Rule(_rx(r"(?:took|taken|swallowed|ate|eaten|popped) (?:a |an |the |my |her |his |their )?"
             r"(?:whole|entire|full) (?:\S+ )?(?:bottle|packet|pack|box|strip|tub|sheet|blister)",
             r"(?:took|taken|swallowed) (?:a |an )?(?:full |whole )?(?:week's|month's|days') worth",
             r"(?:swallowed|took|taken|eaten|ate) (?:every|all the|all of the|all (?:my|his|her)) "
             r"(?:\w+ )?(?:tablets?|pills|meds|medicine|paracetamol|painkillers)",
             r"(?:\d+|some|several|a few|five|four|six|ten) (?:of )?(?:\S+ )?(?:pills|tablets)"
             r" (?:of|from) (?:\S+ )?(?:grandma|grandad|nan|mum|dad|granny)",
             r"(?:eat|ate|eaten|swallow|swallowed|took|taken) (?:some )?(?:\S+ )?(?:pills|tablets)"
             r" (?:of|from) (?:\S+ )?(?:grandma|grandad|nan|mum|dad|granny)")),
)

ANA_SIGN = _rx(r"throat", r"tongue", r"wheez\w*", r"can't (?:breathe|swallow|talk)",
               r"struggl\w*", r"faint\w*", r"light-?headed", r"dizzy", r"hoarse", r"pass(?:ing)?"
               r" out", r"passed out", r"collaps\w*", r"floppy", r"pale", r"(?:face|lips?|eyes)"
               r" (?:\w+ ){0,2}(?:swell\w*|swollen|puff\w*)", r"swollen (?:face|lips?|eyes)",
               r"breath\w*", r"cough\w*", r"tight\w*", r"tite", r"voice")
ANAPHYLAXIS_EXTRA = (
    Rule(_rx(r"peanut\w*", r"nuts?", r"sesame", r"shellfish", r"prawns?", r"shrimps?", r"kiwi",
             r"walnuts?", r"cashews?", r"almonds?", r"wasp", r"bee", r"hornet", r"crab",
             r"lobster", r"mussels?"),
         requires=(_rx(r"wheez\w*", r"throat (?:\w+ ){0,2}(?:tight\w*|swell\w*|swollen|closing)",
                       r"tongue", r"(?:face|lips?|eyes|mouth) (?:\w+ ){0,2}(?:swell\w*|swollen"
                       r"|puff\w*)", r"can't breathe", r"struggling to breathe", r"faint\w*",
                       r"hoarse", r"hives"),)),
    Rule(_rx(r"allerg\w*", r"alerg\w*", r"anaphyla\w*", r"stung", r"sting"), requires=(ANA_SIGN,)),
    Rule(_rx(r"(?:lips?|face|eyes|mouth|tongue|throat)(?: and \w+)? (?:is |are |'s |'re |has "
             r"|have |keeps )?(?:\w+ )?(?:swelling|swollen|swelled|puffing|puffed|blowing|"
             r"ballooning|closing|tightening)"), requires=(_rx(r"ate", r"eaten", r"eating",
             r"after", r"sting\w*", r"stung", r"allerg\w*", r"nuts?", r"peanuts?", r"sesame",
             r"shellfish", r"shrimp", r"prawns?", r"injection", r"antibiotic\w*", r"amoxicillin",
             r"penicillin", r"restaurant", r"food", r"biscuit", r"cookie", r"cake", r"dye"),)),
    Rule(_rx(r"(?:used|gave|given|had to use|injected|jabbed|use)(?: \w+){0,3} (?:epi-?pen|epi "
             r"pen|auto-?injector|adrenaline|jext|emerade)", r"anaphyla\w*(?! (?:to|before|as)"
             r")(?=\s*(?:[.!]|$| no | help| now|,))")),
)

CHOKING_EXTRA = (
    Rule(_rx(r"chok\w*(?! on (?:all|this|the|my) (?:work|paperwork))"),
         requires=(_rx(r"can't", r"cannot", r"not breath\w*", r"blue", r"red", r"stuck", r"throat",
                       r"cough\w*", r"help", r"swallowed", r"food", r"piece", r"sweet", r"grape",
                       r"lego", r"coin", r"bone", r"steak", r"milk", r"baby", r"toddler"),)),
    Rule(_rx(r"(?:stuck|lodged|caught) (?:in )?(?:the |his |her |my |their )?(?:throat|windpipe)",
             r"in (?:the|his|her|my) throat"),
         requires=(_rx(r"can't", r"cannot", r"not breath\w*", r"squeak\w*", r"only make",
                       r"no sound", r"blue", r"gasping", r"not able"),)),
    Rule(_rx(r"inhaled (?:a |an |the |some )?(?:peanut|nut|bead|coin|toy|piece|bit|grape|sweet"
             r"|popcorn|crisp)"), requires=(_rx(r"cough\w*", r"wheez\w*", r"struggl\w*",
                                                r"breath\w*", r"chok\w*"),)),
)

CHEST = _rx(r"chest", r"heart", r"breast ?bone", r"sternum")
DOOM = _rx(r"feel(?:s|ing)? (?:like )?(?:i'm|i am|he's|she's|i|he|she) (?:going to |gonna |will )"
           r"?(?:die|dying)", r"sense of doom", r"never felt (?:this|so) (?:ill|bad|unwell)")
# A chest that aches after the gym or from coughing is a strained muscle.
STRAIN = (r"(?! (?:\w+ ){0,2}(?:after|from|when) (?:\w+ ){0,2}(?:lifting|gym|weights|workout"
          r"|exercise|cough\w*|sneez\w*|press\w*|cold))")
CHEST_EXTRA = (
    Rule(_rx(r"(?:pain|pressure|tightness|heaviness|squeezing|crushing|tight band|ache|burning)"
             r" (?:\w+ ){0,3}(?:in|on|across|around|of) (?:my|his|her|their|the) (?:chest|heart"
             r"(?: area)?)" + STRAIN, r"(?:chest|heart area) (?:feels|is|'s|felt|has gone|went"
                                      r"|really) "
             r"(?:really |very |so |all |super )?(?:like|tight|heavy|crushed|squeezed|being"
             r" squeezed|on fire|burning|painful|sore|killing)"
             # A chest sore from coughing or the gym is a strained muscle.
             r"(?! (?:from|after|when|with) (?:\w+ ){0,2}(?:cough\w*|sneez\w*|gym|lifting|exercise"
             r"|press\w*|cold))",
             r"heart attack (?:pain|symptoms)", r"(?:is (?:it|this)|it is|it's|could (?:it|this)"
             r" be|think (?:i'm|i am|he's|she's|it's)) (?:a |having a )?heart attack",
             r"(?:ripping|tearing) (?:\w+ ){0,2}pain"), requires=()),
    Rule(_rx(r"(?:goes|going|go|spreads?|spreading|radiat\w*|moving|shooting|travel\w*) (?:down "
             r"|in |into |to |up |through )?(?:to )?(?:my|his|her|their|the) (?:left )?(?:arm|jaw"
             r"|shoulder|neck|back)"), requires=(CHEST,)),
    Rule(_rx(r"(?:chest|heart)"), requires=(_rx(r"coke", r"cocaine", r"crack", r"speed",
                                                 r"amphetamines?"), _rx(r"pain", r"hurt\w*",
                                                 r"tight\w*", r"pounding", r"racing"))),
    Rule(DOOM, requires=(CHEST,)),
)

HEART_RHYTHM_RULES = (
    Rule(_rx(r"(?:oxygen|o2|sats|saturations?|spo2)(?: levels?)? (?:\w+ ){0,2}(?:[4-8]\d|9[01])"
             r"(?! ?(?:years|kg|mins|minutes))"), requires=()),
    Rule(_rx(r"heart (?:is |'s |keeps |has been |started |been )?(?:\w+ )?(?:racing|pounding|"
             r"beating|going|fluttering|thumping|galloping|hammering|jumping|skipping|racing)",
             r"(?:pulse|heart ?rate|hr|bpm) (?:\w+ ){0,2}(?:1[5-9]\d|2\d\d|[2-4]\d)\b",
             r"(?:1[5-9]\d|2\d\d) ?bpm", r"palpitations"),
         requires=(_rx(r"faint\w*", r"pass(?:ing)? out", r"passed out", r"black(?:ed|ing)? out",
                       r"collaps\w*", r"dizzy", r"light-?headed", r"short of breath",
                       r"breathless", r"chest pain", r"pale", r"nearly fainting", r"grey"),)),
    Rule(_rx(r"(?:pacemaker|icd|defibrillator) (?:\w+ ){0,2}(?:shock\w*|firing|fired|went off"
             r"|going off)")),
)

SIDE = _rx(r"(?:one|left|right) side", r"(?:left|right) (?:arm|leg|hand)", r"one (?:arm|leg)",
           r"(?:arm|leg|hand|face)")
WEAK = _rx(r"numb\w*", r"weak\w*", r"can't (?:feel|move|lift|raise|use)", r"droop\w*", r"dropped",
           r"dead", r"paralys\w*", r"floppy", r"heavy", r"won't work", r"isn't working",
           r"not working", r"tingl\w*", r"down", r"crooked")
STROKE_EXTRA = (
    Rule(SIDE, requires=(WEAK, _rx(SUDDEN.pattern, r"speech", r"speak\w*", r"talk\w*", r"words",
                                   r"slurr\w*", r"face", r"mouth"))),
    Rule(_rx(r"(?:speech|talking|words|voice) (?:\w+ ){0,2}(?:went|gone|going|is|'s|became|come"
             r"|coming)? ?(?:out )?(?:all )?(?:strange|weird|funny|garbled|jumbled|muddled|wrong"
             r"|slurred|nonsense)",
             r"(?:can't|cannot|can not|unable to) (?:speak|talk|say|get (?:his|her|my) words)"
             r"(?: \w+)? (?:properly|correct\w*|right|clearly|out)",
             r"(?:can't|cannot|doesn't|unable to) understand (?:what|anything|us|me|words)"),
         requires=(_rx(SUDDEN.pattern, r"face", r"arm", r"droop\w*", r"weak", r"numb", r"mouth",
                       r"side"),)),
    Rule(_rx(r"(?:face|mouth|smile|eye) (?:\w+ ){0,3}(?:is |'s |has |gone |went )?(?:down|dropped"
             r"|droopy|drooping|crooked|lopsided|fallen|hanging|sagging)",
             r"worst headache (?:of (?:my|his|her|their) life|(?:i|he|she)(?:'ve| have|'s| has)?"
             r" ever had|ever)", r"(?:sudden(?:ly)?|came on suddenly) (?:\w+ ){0,4}(?:severe|bad"
             r"|terrible|excruciating|worst|explosive|agonising|splitting) headache",
             r"headache (?:that )?came on (?:suddenly|like|out of)", r"like (?:being|i was|i've "
             r"been) hit (?:on|in) the (?:back of the )?head",
             r"sudden(?:ly)? (?:\S+ ){0,3}(?:lost (?:my|his|her) (?:balance|vision|sight)|can't "
             r"(?:walk|talk|speak|stand|see)|double vision|seeing double|blind)",
             r"stroke (?:symptoms|signs)(?! of)", r"(?:showing|having|has|got) (?:the )?(?:signs|"
             r"symptoms) of (?:a )?stroke", r"(?:think|worried|scared|afraid) (?:\w+ ){0,3}"
             r"(?:having )?(?:a )?stroke")),
)

BREATHING_EXTRA = (
    Rule(_rx(r"(?<!it )(?<!it's )(?<!ankle )(?<!toe )(?<!finger )(?<!knee )(?<!nail )"
             r"(?<!bruise )(?:turning|turned|gone|going|went|goes) (?:blue|grey|gray|purple)",
             r"(?:breathless|short of breath|out of breath) (?:\w+ ){0,2}(?:at rest|sitting|resting"
             r"|lying|doing nothing|even|talking|can't)", r"can't lie (?:down )?flat",
             r"(?:so |very |really |extremely )?(?:breathless|short of breath) (?:that )?(?:i|he|"
             r"she|they) (?:can't|cannot) (?:speak|talk|walk|move)",
             r"can't speak more than",
             r"can't (?:talk|speak|say|get out) (?:\w+ )?(?:in )?(?:full|whole|complete) sentences",
             r"(?:used|taken|had|done) (?:my |his |her |the )?(?:inhaler|pump|puffs?) (?:\w+ ){0,2}"
             r"(?:1\d|[2-9]\d) (?:times|puffs)", r"(?:1\d"
                         r"|[2-9]\d) puffs", r"sudden(?:ly)? (?:\w+ )?(?:short(?:ness)? of breath"
             r"|breathless)", r"grunting", r"stridor", r"(?:ribs|tummy|stomach|chest|skin|neck)"
             r" (?:\w+ ){0,3}(?:sucking|pulling|sucks|pulls|go|goes|going) in",
             r"high[- ]pitched (?:noise|sound|whistle|squeak) (?:\w+ ){0,2}(?:breath\w*)",
             r"(?:stop|stops|stopping|stopped) breathing", r"drown\w*(?! in (?:work|paperwork))",
             r"(?:pulled|dragged|fished) (?:\w+ ){0,2}out of (?:the )?(?:water|pool|sea|river"
             r"|lake|bath)", r"face ?down in (?:the )?(?:water|pool|bath)",
             r"(?:can't|cannot|can not) take (?:the )?air", r"breath(?:e|es|ing)? (?:very|really"
             r"|so) fast", r"drooling"),
         requires=()),
)

UNRESPONSIVE_EXTRA = (
    Rule(_rx(r"(?:don't|doesn't|isn't|not|won't) (?:wake|waking|woken)(?: up)?(?! (?:early|on "
             r"time|refreshed|rested|at night))", r"(?:still )?(?:not|isn't|hasn't) (?:awake"
             r"|woken up|come round|come to)",
             r"not (?:answering|responding)(?: to)? (?:me|us|anyone|his name|her name)"
             r"(?! on| by| over| when i (?:call|text|ring))",
             r"(?:slumped|lying|found \w+) (?:\w+ ){0,4}(?:not answering|not responding|grey"
             r"|won't wake|unresponsive|not moving|blue)",
             r"(?:fell down|fall down|on the floor) (?:\w+ ){0,4}(?:not answer|eyes closed|don't"
             r" wake|not respond)", r"fainted and (?:\w+ )?(?:not|isn't|won't|can't)",
             r"sudden(?:ly)? (?:\w+ ){0,2}(?:very |really |extremely )?confused"), requires=()),
)

BLEED_AMOUNT = r"(?:so much|loads of|lots of|a lot of|tons of|very much|too much|much|a pool of)"
ANTICOAG = (r"(?:warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|blood "
            r"thinners?|anticoagula\w+|clopidogrel)")
BLEEDING_EXTRA = (
    Rule(_rx(r"blood (?:is )?(?:everywhere|all over)", rf"{BLEED_AMOUNT} (?:bleeding|blood)",
             r"(?:spurting|gushing|pumping|pouring|squirting)",
             r"(?:vomiting|throwing up|coughing up|spitting up|spitting out|being sick|puking|"
             r"vomited|threw up|coughed up|coughing|vomit|sick) (?!(?:a )?(?:little|bit|tiny|"
             r"speck|streak|fleck|tinge|spot|trace))(?:\S+ ){0,3}(?:blood|coffee grounds)",
             r"(?:stools?|poo|poop|faeces|feces|bowel movements?) (?:\w+ ){0,3}(?:tarry|like tar)",
             r"tarry (?:stools?|poo|poop)", r"(?:soak\w*|bled through|bleeding through|filling)"
             r" (?:\w+ ){0,3}(?:pads?|towels?|tampons?|bandages?|dressings?|cloths?|clothes|sheets?"
             r"|gauze)", r"(?:full of|filling (?:up )?with) blood", r"(?:pooing|passing|pooping|"
             r"losing|poo(?:ing)? out) (?:\w+ ){0,2}(?:blood|clots)(?= and| with|\s*$|,)",
             r"(?:bleeding|blood) (?:\w+ ){0,3}(?:for )?(?:over |more than |about )?(?:[2-9]\d"
             r"|1\d\d) ?(?:minutes|mins)(?! ago)", r"(?:bleeding|blood) (?:\w+ ){0,3}(?:for )"
             r"(?:over |more than |about )?(?:an?|one|two|three|[1-9]) (?:hours?|hrs?)",
             rf"(?:nose ?)?bleed\w* (?:\w+ ){{0,6}}(?:on )?{ANTICOAG}",
             rf"{ANTICOAG} (?:\w+ ){{0,6}}(?:nose ?)?bleed\w*",
             r"nose ?bleed (?:\S+ ){0,4}(?:for )(?:over |more than |about )?(?:an?|one|two|three"
             r"|[1-9]) (?:hours?|hrs?)")),
    Rule(_rx(r"(?:black) (?:\w+ )?(?:stools?|poo"
             r"|poop)", r"(?:stools?|poo|poop) (?:\w+ ){0,2}black"),
         requires=(_rx(r"faint\w*", r"dizzy", r"weak", r"pale", r"collapsed", r"passed out",
                       r"sweat\w*", r"vomit\w*", r"light-?headed"),)),
    Rule(_rx(r"(?:cut|wound|gash|laceration) (?:\w+ ){0,2}(?:is |'s )?(?:very |really )?(?:deep"
             r"|gaping|wide open)", r"deep (?:cut|wound|gash)"),
         requires=(_rx(r"bleed\w*", r"blood", r"spurt\w*"),)),
)

SMALL_BURN = _rx(r"(?:small|tiny|little|minor|mild) (?:\w+ )?(?:burns?|scalds?|blisters?)",
                 r"no blisters?", r"(?:it's|it is|its) (?:only |quite )?(?:small|tiny|minor"
                                  r"|little)")
BURN_SOURCE = _rx(r"(?:hot|boiling) (?:\w+ ){0,3}(?:oven|iron|pan|kettle|water|oil|fat|tea|coffee"
                  r"|soup|stove|hob|grill|radiator|plate|door|pot)", r"kettle", r"hob", r"iron",
                  r"oven", r"straighteners?", r"curling (?:iron|tongs|wand)", r"tongs",
                  r"radiator", r"exhaust", r"(?:spilled|spilt|poured|knocked|tipped"
                                           r"|pulled) (?:\w+ ){0,4}"
                  r"(?:boiling|hot|kettle|pan)", r"fire", r"flames?", r"fireworks?")
BURN_BAD = _rx(BURN_SEVERITY.pattern, r"blister\w*", r"skin (?:is |has |'s )?(?:\w+ )?(?:peel\w*|"
               r"coming|came|falling|fell|hanging) off", r"white skin")
BURNS_EXTRA = (
    Rule(BURN_SOURCE, requires=(BURN_BAD, _rx(r"blister\w*", r"burn\w*", r"scald\w*", r"skin",
                                              r"spill\w*", r"spilt", r"poured", r"touched",
                                              r"grabbed")), unless=SMALL_BURN),
    Rule(_rx(r"(?:inhaled|breathed in|breathing in) (?:\w+ ){0,2}smoke", r"house fire",
             r"(?:in|caught in|trapped in) a fire", r"electrocuted",
             r"(?:in|into) (?:my|his|her|their) eyes? (?:\w+ ){0,4}(?:burn\w*|sting\w*"
             r"|can't see)")),
    Rule(_rx(r"electric(?:al)? shock", r"shock from (?:a|the) (?:socket|cable|wire|fence)"),
         requires=(_rx(r"burn\w*", r"heart", r"chest", r"unconscious", r"collaps\w*", r"fitting",
                       r"breath\w*", r"numb", r"black", r"high voltage", r"power line", r"pylon",
                       r"work", r"mark", r"hurts", r"pain", r"son", r"daughter", r"baby",
                       r"child", r"toddler", r"kid"),)),
)

HEAD_INJURY_EXTRA = (
    Rule(_rx(r"(?:fell|fallen|rolled|tumbled|fall) (?:\w+ ){0,3}(?:down|off|from) (?:the |a |his "
             r"|her )?(?:stairs|bed|sofa|changing table|bunk|climbing frame|ladder|wall|chair"
             r"|table|horse|bike|swing)", r"(?:punched|kicked|tackle|tackled|headbutted|head "
             r"injury)", r"(?:hit|banged|bumped|smacked|knocked|struck|whacked|cracked) (?:\w+ )"
             r"{0,2}(?:head|skull)", r"head hit"),
         requires=(_rx(r"(?:very|really|so) (?:sleepy|sleep|drowsy)", r"floppy", r"not making "
                       r"sense", r"pupil", r"seeing double", r"double vision", r"blurr\w*",
                       r"vision", r"keeps? falling asleep", r"can't stay awake", r"speak\w* "
                       r"strange\w*", r"vomit\w*", r"sick (?:twice|again|\d|three)",
                       r"throwing up", r"confused", r"drowsy", r"knocked out", r"unconscious",
                       r"fluid", r"not answering", r"not responding", r"bleeding from"),)),
    Rule(_rx(r"clear fluid (?:\w+ ){0,3}(?:nose|ears?)", r"(?:one )?pupils? (?:is |are )?(?:bigger"
             r"|larger|different|unequal|uneven)")),
)

SEIZURE_EXTRA = (
    Rule(_rx(r"shak\w*", r"shake", r"jerk\w*", r"twitch\w*", r"convuls\w*"),
         requires=(_rx(r"not answer\w*", r"not respond\w*", r"unresponsive", r"won't respond",
                       r"unconscious", r"eyes (?:\w+ )?(?:rolled|rolling)", r"foam\w*",
                       r"not breathing"),)),
    Rule(_rx(r"(?:body|arms|legs|he|she|they) (?:\w+ ){0,2}(?:stiff|rigid)",
             r"(?:went|gone|going|is|are) stiff"),
         requires=(_rx(r"shak\w*", r"shake", r"jerk\w*", r"twitch\w*", r"foam\w*",
                       r"eyes (?:\w+ )?(?:rolling|rolled|going|gone) (?:back|up)",
                       r"not respond\w*", r"unresponsive", r"fell", r"fall", r"fit\w*"),)),
    Rule(_rx(r"foam\w* (?:\w+ )?(?:at|from) (?:the )?mouth", r"eyes (?:are )?(?:rolling|rolled|"
             r"going|gone) (?:back|up)", r"(?:seizures?|fits?) (?:in a row|back to back|one after"
             r" another|without (?:waking|coming round|recovering))",
             r"(?:\d+|two|three|four|several|multiple) (?:seizures|fits) (?:today|in a row|in an "
             r"hour|back to back|without)", r"(?:jerking|shaking|twitching) (?:all over|all the "
             r"body|and stiff|and (?:her|his) body)",
             r"(?:is|'s|are|keeps|started|been) (?:\w+ )?(?:seizing|convulsing)",
             r"(?:having|has|had) (?:a |another )?(?:seizure|fit|convulsion) (?:and|for|that)"
             r" (?:\w+ ){0,4}(?:minutes|not|won't|still|isn't|turning|first)",
             r"(?:seizure|fit)(?:ing)? (?:\w+ ){0,4}(?:for|lasting|over"
             r"|more than) (?:\w+ )?(?:[5-9]|\d\d|five|six|seven|eight|ten) (?:minutes"
             r"|mins)", r"having (?:a |another |her |his )?(?:seizure|fit)",
             r"(?:twitching|jerking) (?:\w+ ){0,3}(?:isn't|not|won't) (?:respond\w*|wak\w*)")),
)

INFECTION_2 = _rx(r"fever\w*", r"feverish", r"high temp\w*", r"temp(?:erature)? (?:of |is )?"
                  r"(?:3[89]|4[0-2])", r"shiver\w*", r"rigou?rs", r"infection", r"uti", r"burning"
                  r" up", r"(?:had|after) (?:\w+ ){0,2}(?:surgery|operation|op)\b", r"chemo\w*",
                  r"chest infection", r"pneumonia", r"flu")
SEPSIS_EXTRA = (
    Rule(_rx(DOOM.pattern, r"(?:not|haven't|hasn't|no|not had a) (?:\w+ )?(?:peed|pee|weed|wee"
             r"|urinated|passed urine)", r"(?:skin|lips|hands|feet|legs) (?:is |are |'s |look )?"
             r"(?:\w+ ){0,2}(?:blue|grey|mottled|blotchy|cold)", r"cold (?:hands|feet|hands and "
             r"feet)", r"can't stop shaking", r"heart(?:'s)? (?:is )?racing",
             r"breathing (?:\w+ )?fast", r"(?:very|really|extremely|so) (?:drowsy|sleepy)",
             r"confused"), requires=(INFECTION_2,)),
    Rule(_rx(r"(?:chemo\w*|chemotherapy|neutropeni\w*|immunosuppress\w*|transplant)"),
         requires=(FEVER,)),
    Rule(_rx(r"(?:purple|dark red|purplish|red-purple) (?:\w+ ){0,2}(?:dots|spots|marks|blotches"
             r"|rash|bruises|pinpricks)", r"(?:rash|spots) of (?:\w+ ){0,2}(?:purple|dark red)",
             r"(?:rash|spots|marks|dots)(?: \S+){0,6} (?:not|doesn't|won't|don't|isn't|aren't) "
             r"(?:go away|fade|disappear|blanch)(?: \S+){0,2} (?:with|under) (?:a |the )?glass")),
    Rule(_rx(r"(?:stiff|sore) neck", r"neck (?:is |'s |feels )?(?:\w+ )?stiff"),
         requires=(_rx(r"fever\w*", r"high temp\w*", r"light", r"rash", r"headache"),
                   _rx(r"fever\w*", r"high temp\w*", r"temp\w*", r"light", r"rash", r"vomit\w*"))),
)

GLUCOSE_2 = (r"(?:sugars?|glucose|bg|bm|reading|levels?|meter) " + W3
             + r"(?:of |is |at |was |reads? )?")
DIABETIC_EXTRA = (
    Rule(_rx(GLUCOSE_2 + r"(?:hi|high|2[5-9](?:[.,]\d)?|3\d(?:[.,]\d)?|off the scale)"),
         requires=(_rx(DKA_SIGNS.pattern, r"thirsty", r"confused", r"drowsy", r"sick"),)),
    Rule(DIABETIC, requires=(_rx(r"acting (?:strange\w*|weird|drunk|odd|funny)", r"not making sense"
                                 r"", r"out of it", r"not understand\w*", r"won't take (?:sugar|"
                                 r"anything)", r"can't swallow", r"too confused", r"passed out",
                                 r"unconscious", r"collapsed", r"fitting", r"seizure",
                                 r"confused", r"drowsy", r"can't think"),)),
    Rule(_rx(r"(?:can't|cannot|won't) (?:get|bring) (?:my|his|her|their|the) (?:sugars?|bg|glucose"
             r"|levels?) (?:up|down)", r"(?:sugar|glucose) (?:is |'s )?(?:very|really|so|"
             r"dangerously) low"), requires=()),
    # 1.5 mmol/L or more with a diabetic is the DKA range (0.3 after a pizza is not).
    Rule(_rx(r"ketones (?:are |of |at |is |were |reading )?(?:high|[2-9]|1[.,][5-9])",
             r"pear drops"), requires=(DIABETIC,)),
)

CHILD = _rx(r"bab(?:y"
            r"|ies)", r"infant", r"toddler", r"new ?born", r"little one", r"son", r"daughter",
            r"child", r"kid", r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) "
            r"(?:months?|weeks?|mo) old", r"year old", r"boy", r"girl")
CHILD_WELL = _rx(r"otherwise (?:well|fine|ok|okay|happy)", r"feeding (?:well|fine|normally|ok)",
                 r"(?:is|seems|looks|'s) (?:happy|fine|well|ok|okay)(?: and| now|\s*$|,|\.)",
                 r"playing")
UNWELL_CHILD_RULES = (
    Rule(_rx(r"floppy", r"limp", r"hard to (?:wake|rouse)", r"(?:won't|can't|isn't|not) "
             r"(?:wake|waking) (?:up )?(?:for (?:feeds|feeding|a feed))?",
             r"(?:weak|high[- ]pitched|continuous|moaning|strange) (?:\w+ )?cry",
             r"(?:no|not had a|hasn't had a|haven't had a|hasn't had any|no) wet (?:nappy|nappies"
             r"|diapers?)", r"no wet nappies", r"wet nappy for (?:\d+|twelve|ten|eight|six) hours",
             r"sunken (?:soft spot|fontanelle|eyes)", r"(?:soft spot|fontanelle|eyes) (?:\w+ )?"
             r"(?:is |are |look |looks )?sunken", r"not (?:moving|move) much", r"soft body",
             r"no tears", r"(?:not|isn't|doesn't|don't) (?:moving|move)(?: much)?",
             r"(?:not|won't|isn't|hasn't been|doesn't|didn't) (?:feeding|drinking|drink)"
             r"(?: \w+){0,2}(?: since| all| for)"),
         requires=(CHILD, _rx(r"floppy", r"limp", r"sleepy", r"drowsy", r"pale", r"grey", r"mottled"
                              r"", r"wake", r"rouse", r"vomit\w*", r"diarrh\w*", r"sick", r"nappy"
                              r"", r"nappies", r"feed\w*", r"cry", r"sunken", r"milk", r"soft body",
                              r"drinking", r"tears", r"move", r"barely")),
         unless=CHILD_WELL),
)

ABD = (r"(?:abdominal|abdomen|stomach|stomache|tummy|belly|gut|lower right|right lower|right side"
       r"|lower belly|pelvi\w*|lower back)")
SEV = (r"(?:sudden|severe|excruciating|agoni[sz]ing|unbearable|worst|terrible|extreme|very strong"
       r"|really bad|so bad|awful|horrendous|crippling|intense|agony|much worse|getting worse"
       r"|very bad|strong|really painful|very painful|so painful|suddenly)")
ABD_FLAG = _rx(r"can't (?:\w+ )?(?:stand|move|walk|get up)", r"cannot (?:\w+ )?(?:stand|move|walk)",
               r"rolling", r"doubled", r"vomit\w*", r"throwing up", r"sick", r"fever\w*",
               r"temp\w*", r"faint\w*", r"dizzy", r"sweat\w*", r"rigid", r"hard", r"swollen",
               r"blood", r"bleed\w*", r"pregnan\w*", r"screaming", r"collaps\w*", r"pale",
               r"shiver\w*", r"hot", r"agony", r"aneurysm", r"vomit")
ABDOMINAL_RULES = (
    Rule(_rx(rf"{SEV} {W4}{ABD}", rf"{ABD} (?:\S+ ){{0,4}}{SEV}",
             rf"(?:pain|agony) {W3}(?:in|on) {W1}{ABD}"),
         requires=(ABD_FLAG, _rx(SEV, r"agony", r"can't (?:\w+ )?(?:stand|move)", r"rolling"))),
    Rule(_rx(rf"{ABD} (?:is |feels |'s |has gone |went )?(?:\S+ ){{0,5}}(?:rigid|hard as a "
             r"(?:rock|board)|like a board|rock hard|board-like|hard and swollen|swollen and hard"
             r"|(?:really |very )?hard)", r"rigid (?:belly|tummy|stomach|abdomen)",
             r"(?:vomiting|throwing up|being sick|sick|puking|vomit\w*) (?:\w+ ){0,4}(?:green|bile"
             r"|poo|faeces)", r"green (?:vomit|sick|bile|stuff)",
             r"(?:redcurrant|red currant) jelly", r"blood and (?:mucus|jelly)",
             r"jelly (?:in|like) (?:\w+ )?(?:nappy|poo)")),
    Rule(_rx(r"aneurysm"), requires=(_rx(r"pain", r"faint\w*", r"collaps\w*", r"dizzy"),)),
    Rule(_rx(r"(?:haven't|hasn't|not|can't|no) (?:\w+ ){0,3}(?:passed wind|farted|pass wind|"
             r"pooed)"), requires=(_rx(r"vomit\w*", r"swollen", r"sick"),)),
    Rule(_rx(r"(?:pulling|drawing) (?:his|her|their) (?:legs|knees) up"),
         requires=(_rx(r"scream\w*", r"blood", r"vomit\w*", r"jelly"),)),
)

TESTIS = r"(?:testic\w*|testes|scrot\w*|balls|nuts|groin)"
TESTICULAR_RULES = (
    Rule(_rx(rf"(?:pain|agony|ache|hurts?|hurting|agoni[sz]ing|killing) {W4}{TESTIS}",
             rf"{TESTIS} (?:\S+ ){{0,3}}(?:pain|agony|hurts?|hurting|killing|in agony)"),
         requires=(_rx(r"sudden\w*", r"out of nowhere", r"severe", r"agony", r"agoni[sz]ing",
                       r"awful", r"terrible", r"really bad", r"unbearable", r"swollen",
                       r"swelling", r"vomit\w*", r"sick", r"higher", r"woke (?:up )?with",
                       r"crying", r"screaming", r"hour ago"),)),
)

PREGNANT_2 = _rx(PREGNANT.pattern, r"pregnent", r"pregant", r"preggo", r"preggers",
                 r"\d+ (?:weeks?|wks?|months?|month) (?:pregnant|gone|along)",
                 r"pregnant \d+ (?:weeks?|wks?|months?|month)", r"positive (?:pregnancy )?test",
                 r"i'm (?:[1-9]|[1-3]\d|4[0-2]) (?:weeks?|wks?)(?! old| ago)",
                 r"(?:[2-3]\d|4[0-2]) (?:weeks?|wks?)(?! old| ago)", r"expecting",
                 r"(?:my|her) (?:bump|midwife)", r"in labour")
PRETERM = _rx(r"(?:2[0-9]|3[0-6]) (?:weeks?|wks?|week)(?! old| ago)", r"(?:[5-8]) months? pregnant",
              r"pregnant (?:[5-8]) months?")
PREGNANCY_EXTRA = (
    Rule(PREGNANT_2, requires=(PREG_BLEED,)),
    Rule(_rx(r"shoulder tip pain", r"pain (?:in|on) (?:my|her) shoulder", r"(?:sharp|severe|bad"
             r"|stabbing|terrible|really bad|one[- ]sided|awful|sudden|very strong) (?:\S+ ){0,3}"
             r"pain", r"pain (?:\S+ ){0,3}(?:on|in) one side", r"faint\w*", r"collapsed",
             r"passed out"), requires=(PREGNANT_2,)),
    Rule(_rx(r"(?:bad|severe|terrible|awful|really bad|splitting|pounding|very bad|strong) "
             r"headache", r"headache (?:\w+ ){0,6}(?:won't go|isn't (?:going|touching)|not going|"
             r"isn't helping)", r"(?:blurred|blurry|flashing|sparkl\w*|seeing spots|spots in front"
             r"|lights)"),
         requires=(PREGNANT_2, _rx(r"(?:blurred|blurry|flashing|spots|sparkl\w*|lights|vision)",
                                   r"(?:face|hands|fingers|feet) (?:\w+ ){0,3}(?:swollen|swelling|"
                                   r"puffy)", r"swelling (?:in|of) (?:my|her) (?:face|hands)",
                                   r"(?:under|below) (?:my|her) ribs", r"headache"))),
    Rule(_rx(r"cord (?:is )?(?:coming|hanging|sticking|out)", r"(?:see|feel|can see|can feel) "
             r"(?:the )?(?:umbilical )?cord", r"cord prolapse", r"baby(?:'s)? (?:is )?coming (?:out"
             r" )?(?:now|fast|already)", r"(?:head|baby) is (?:out|crowning|coming out)",
             r"crowning", r"(?:giving|about to give|going to give) birth (?:now|at home|in the "
             r"car|on the)", r"(?:baby|bump) (?:has |hasn't |'s )?(?:stopped moving|not moving|"
             r"isn't moving|hasn't moved|not moved|moving less)",
             r"(?:haven't|not|hasn't|can't) (?:felt|feel) (?:the |my |her )?baby (?:move|kick)",
             r"(?:reduced|no|less) (?:fetal |foetal |baby )?movements?")),
    Rule(_rx(r"waters? (?:have |has |just )?(?:broke|broken|gone|went|burst|came)",
             r"water (?:come|came|coming) out"),
         requires=(_rx(r"blood", r"bleed\w*", r"green", r"brown", r"cord", PRETERM.pattern),)),
    Rule(_rx(r"(?:regular |strong |painful )?contractions", r"in labour",
             r"(?:tummy|bump|belly|stomach|womb) (?:is |keeps )?(?:tightening|going (?:hard"
             r"|tight))",
             r"(?:tightenings?|cramps?|pains?|tightening) every (?:\d+|few|couple of) minutes"),
         requires=(PRETERM,)),
    Rule(_rx(r"(?:gave birth|given birth|had (?:my|the|a|our) baby|after (?:the )?(?:birth|"
             r"delivery)|since (?:the )?birth|post-?partum|c-?section)"),
         requires=(_rx(r"bleeding (?:heavily|a lot)", r"heavy bleeding", r"clots", r"soak\w*",
                       rf"{BLEED_AMOUNT} (?:bleeding|blood)", r"faint\w*", r"white", r"pale"),)),
)

TRAUMA_RULES = (
    Rule(_rx(r"stab+(?:bed|ed)", r"knifed", r"glassed", r"(?:knife|stab|gunshot|bullet) wounds?",
             r"(?:been|got|was|were|just|is|'s|being) (?:\w+ )?shot(?! (?:of|at the|a |for|up|"
             r"down))", r"shot (?:in|through) the (?:leg|arm|chest|head|stomach|back|neck|face)",
             r"bone (?:is )?(?:sticking|poking|coming) (?:out|through)",
             r"(?:leg|arm|bone|ankle|wrist) (?:is )?(?:bent|pointing|twisted) (?:the wrong way|at "
             r"a (?:weird|funny|strange) angle|backwards)", r"(?:looks |is )deformed",
             r"(?:compound|open) fracture",
             r"(?:snake|adder|viper|rattle ?snake|cobra|copperhead|scorpion)(?:'s)? (?:\w+ ){0,3}"
             r"(?:bit|bitten|bite)", r"(?:bit|bitten) (?:\w+ ){0,3}(?:snake|adder|viper|rattle"
             r" ?snake|cobra|scorpion)",
             r"(?:fingers?|hand|arm|leg|toes?|foot) (?:is |are |was |were )?(?:\w+ )?(?:cut off|"
             r"chopped off|severed|amputated|almost off|hanging off)",
             r"(?:crushed|trapped|caught) (?:\w+ ){0,3}(?:machine\w*|under|between)",
             r"(?:can't|cannot|unable to|not able to|can not) (?:feel|move) (?:or (?:move|feel) )?"
             r"(?:his|her|my|their|both)? ?(?:legs|arms|feet|body|anything below)",
             r"(?:hit|run over|knocked (?:down|over)) by a (?:car|van|bus|lorry|truck|train|"
             r"motorbike)", r"trapped in (?:the|a|my|his|her) (?:car|wreck|vehicle)",
             # A fall from a height needs no other sign.
             r"(?:fell|fallen|fall|falls|jumped) (?:\w+ ){0,3}(?:from|off|out of) (?:\w+ ){0,3}"
             r"(?:roof|scaffold\w*|balcony|cliff|height|storeys?|stories|bridge|loft|attic|top "
             r"bunk|(?:first|second|third|upstairs|bedroom) (?:floor )?window)",
             r"fell (?:about |around |over |nearly |roughly |at least )?(?:\d+|ten|twenty|fifteen"
             r"|thirty) (?:feet|foot|ft|metres|meters|m|storeys|floors)")),
    Rule(_rx(r"(?:fell|fallen|fall|falls|slipped) (?:\w+ ){0,3}(?:from|off|out of|through|down)"
             r" (?:\w+ ){0,3}(?:roof|ladder|scaffold\w*|window|balcony|tree|cliff|height|storeys?"
             r"|stories|floors?|building|wall|horse|slope|stairs|bridge)",
             r"(?:car|motorbike|motorcycle|bike|road|traffic|bus|lorry) (?:crash|accident|"
             r"collision|smash)", r"came off (?:my|his|her) (?:motor)?bike", r"car crash",
             r"(?:dog|animal) (?:\w+ ){0,2}(?:bit|bitten|attacked|mauled)", r"dived into"),
         requires=(_rx(r"can't (?:move|feel|stand|get up)", r"cannot (?:move|feel)", r"not moving",
                       r"lying (?:still|in the road)", r"unconscious", r"screaming", r"bleed\w*",
                       r"bent", r"neck", r"back pain", r"legs", r"metres", r"meters", r"feet",
                       r"storeys", r"floor", r"concrete", r"not answering", r"not responding",
                       r"trapped", r"bone", r"chest", r"deformed", r"won't wake", r"broken",
                       r"deep", r"face", r"can't feel", r"tingl\w*", r"hurts", r"agony"),)),
)

HEAT_COLD_RULES = (
    Rule(_rx(r"heat ?stroke", r"sun ?stroke", r"heat exhaustion", r"(?:in|out in|working in|"
             r"sitting in|work in|all day in) the (?:heat|sun)", r"hot (?:car|day|weather|sun)",
             r"heatwave", r"festival", r"hot (?:flat|house|room|home"
                                       r"|bedroom)", r"heat", r"marathon", r"sauna",
                                       r"sun all day", r"(?:really|very|so)"
             r" hot (?:all day|today)", r"in the sun", r"work in sun"),
         requires=(_rx(r"(?:not|stopped|no) sweat\w*", r"hot (?:and )?dry", r"dry (?:and )?hot",
                       r"confus\w*", r"not making sense", r"collapsed", r"passed out",
                       r"fall down", r"fell down", r"fitting", r"seizure", r"unconscious",
                       r"floppy", r"burning (?:hot|up)", r"can't stand"),)),
    Rule(_rx(r"hypotherm\w*", r"(?:very|really|freezing|ice|so) cold", r"out in the cold",
             r"(?:through|on) (?:the )?ice", r"cold (?:house|water|river|lake|sea|night)",
             r"in the (?:cold|snow|sea|river|lake)", r"cold all night"),
         requires=(_rx(r"drowsy", r"sleepy", r"confused", r"mumbl\w*", r"slurr\w*",
                       r"stopped shivering", r"not shivering", r"unconscious", r"won't wake",
                       r"hard to wake", r"not making sense"),)),
)


# One calm first-aid step per category, shown after the call-for-help line.
ADVICE = {
    "self_harm": "Please don't stay alone right now.",
    "overdose_poisoning": "Keep the packet or bottle for the medical team; don't induce vomiting."
                          " For fumes or gas, get everyone into fresh air.",
    "choking": "If they can't cough or breathe: 5 back blows, then 5 abdominal thrusts "
               "(chest thrusts for a baby under 1).",
    "anaphylaxis": "Use their adrenaline auto-injector (e.g. EpiPen) now if they have one; "
                   "lie them down with legs raised, or sit up if breathing is hard.",
    "infant_fever": "A baby under 3 months with 38 °C or more must be seen by a doctor now.",
    "unwell_child": "Keep your child with you and tell the call handler what they have drunk "
                    "and how many wet nappies they have had.",
    "pregnancy": "Say how many weeks pregnant you are; lie on your left side while help comes.",
    "seizure": "Clear space and cushion the head; don't restrain them or put anything in "
               "their mouth. Time the seizure.",
    "diabetic_emergency": "If sugar is low and they can swallow, give a sugary drink.",
    "head_injury": "Keep them still and do not leave them alone.",
    "sepsis_meningitis": "Say that you are worried about sepsis or meningitis.",
    "stroke": "Note the time the symptoms started; give no food, drink or medicine.",
    "chest_pain": "Stop all activity and sit down; do not drive yourself to hospital.",
    "heart_rhythm": "Sit or lie down and stay still; do not drive yourself to hospital.",
    "abdominal": "Don't eat or drink until a doctor has seen you; note when the pain started.",
    "testicular": "Go to an emergency department now: a twisted testicle needs surgery within "
                  "hours.",
    "trauma": "Don't move them if the neck or back may be hurt; press on any bleeding and leave "
              "any knife or object in place.",
    "heat_cold": "Heat: move them somewhere cool and cool the skin with water. Cold: move them "
                 "somewhere warm and warm them slowly with blankets.",
    "burns": "Cool or rinse with cool running water for 20 minutes; switch off any power.",
    "bleeding": "Press firmly on the wound with a clean cloth and keep pressing.",
    "breathing": "Help them sit upright; use their reliever inhaler if they have one.",
    "unresponsive": "If they are not breathing normally, start CPR; the call handler will help.",
}

# Small burns on the neck or chest stay home care; the severity rules skip them.
BURN_RULES = tuple(Rule(r.pattern, r.requires, SMALL_BURN) for r in BURN_RULES)

CATEGORIES = (
    Category("self_harm", SELF_HARM_RULES + SELF_HARM_EXTRA + SELF_HARM_MEANS, ADVICE["self_harm"],
             tier=0),
    Category("overdose_poisoning", OVERDOSE_RULES + OVERDOSE_EXTRA, ADVICE["overdose_poisoning"]),
    Category("choking", CHOKING_RULES + CHOKING_EXTRA, ADVICE["choking"]),
    Category("anaphylaxis", ANAPHYLAXIS_RULES + ANAPHYLAXIS_EXTRA, ADVICE["anaphylaxis"]),
    Category("infant_fever", INFANT_FEVER_RULES, ADVICE["infant_fever"]),
    Category("pregnancy", PREGNANCY_RULES + PREGNANCY_EXTRA, ADVICE["pregnancy"]),
    Category("seizure", SEIZURE_RULES + SEIZURE_EXTRA, ADVICE["seizure"]),
    Category("diabetic_emergency", DIABETIC_RULES + DIABETIC_EXTRA, ADVICE["diabetic_emergency"]),
    Category("head_injury", HEAD_INJURY_RULES + HEAD_INJURY_EXTRA, ADVICE["head_injury"]),
    Category("sepsis_meningitis", SEPSIS_RULES + SEPSIS_EXTRA, ADVICE["sepsis_meningitis"]),
    Category("stroke", STROKE_RULES + STROKE_EXTRA, ADVICE["stroke"]),
    Category("chest_pain", CHEST_PAIN_RULES + CHEST_EXTRA, ADVICE["chest_pain"]),
    Category("heart_rhythm", HEART_RHYTHM_RULES, ADVICE["heart_rhythm"]),
    Category("testicular", TESTICULAR_RULES, ADVICE["testicular"]),
    Category("trauma", TRAUMA_RULES, ADVICE["trauma"]),
    Category("heat_cold", HEAT_COLD_RULES, ADVICE["heat_cold"]),
    Category("burns", BURN_RULES + BURNS_EXTRA, ADVICE["burns"]),
    Category("unwell_child", UNWELL_CHILD_RULES, ADVICE["unwell_child"], tier=2),
    Category("abdominal", ABDOMINAL_RULES, ADVICE["abdominal"], tier=2),
    Category("bleeding", BLEEDING_RULES + BLEEDING_EXTRA, ADVICE["bleeding"], tier=2),
    Category("breathing", BREATHING_RULES + BREATHING_EXTRA, ADVICE["breathing"], tier=2),
    Category("unresponsive", UNRESPONSIVE_RULES + UNRESPONSIVE_EXTRA, ADVICE["unresponsive"],
             tier=2),
)
CATEGORY_BY_NAME = {c.name: c for c in CATEGORIES}


def with_rules(categories: tuple, more: dict) -> tuple:
    """The categories with one round's extra rules appended, by category name."""
    return tuple(Category(c.name, c.rules + more.get(c.name, ()), c.advice, c.tier)
                 for c in categories)


# ---- Second round: wordings from fresh batches written after the first round of rules.
MORE = {
    "self_harm": (
        Rule(_rx(r"suicidal(?! (?:thoughts? )?(?:in the past|years ago|before|when))",
                 r"(?:bought|buying|got) (?:\w+ ){0,3}(?:paracetamol|pills|tablets|painkillers) "
                 r"(?:from|at) (?:\d+|two|three|several|different|lots of) (?:different )?(?:shops"
                 r"|pharmacies|chemists|places|supermarkets)",
                 r"can't do (?:life|this life|living) any ?more",
                 r"(?:i'm|i am) (?:done|finished) with (?:life|living|everything)")),
        Rule(_rx(r"(?:life is not for me|life isn't for me|done with life|tired of (?:life|living)"
                 r"|sick of (?:life|living)|never (?:have to )?(?:feel|wake|see|be) (?:\w+ ){0,4}"
                 r"again|make (?:it|this|everything) stop)"), requires=(_rx(MEANS.pattern,
                                                                           DESPAIR.pattern),)),
    ),
    "overdose_poisoning": (
        Rule(_rx(r"overdone it (?:on|with)", r"(?:took|taken|had|swallowed|popped) (?:about |like "
                 r"|around |maybe |over |nearly |almost )?(?:1[2-9]|[2-9]\d|\d{3}) (?:\S+ )?(?:"
                 + NAMED_DRUG + r"|pills|tablets|co-?codamol|painkillers|caps)"),
             requires=()),
        Rule(_rx(r"(?:found|got into|got hold of|opened) (?:\S+ ){0,3}(?:tablets|pills|medicine"
                 r"|meds|medication)"), requires=(_rx(r"ate", r"eaten", r"swallowed", r"some",
                                                      r"sleepy", r"drowsy", r"chewed", r"took"),)),
        Rule(_rx(r"(?:drink|drank|drunk|swallowed) (?:\S+ ){0,4}(?:liquid|stuff) for clean\w*",
                 r"(?:floor|toilet|window|kitchen|bathroom) (?:cleaner|liquid|cleaning)"),
             requires=(_rx(r"drink", r"drank", r"drunk", r"swallow\w*", r"ate", r"licked"),)),
    ),
    "choking": (
        Rule(_rx(r"(?:grabbed|grabbing|clutching|holding|hold|holds) (?:at )?(?:his|her|their|my)"
                 r" throat", r"can't make a sound")),
    ),
    "chest_pain": (
        Rule(_rx(r"(?:pain|pressure|heavy feeling|heaviness|tightness|weight|squeez\w*|crush\w*"
                 r"|tight feeling|burning) (?:\w+ ){0,3}(?:in|on|across|around) "
                 r"(?:the |my |his |her |their |your )?(?:chest|heart)(?! infection)" + STRAIN),
             requires=(_rx(
                 r"sweat\w*", r"numb", r"arm", r"jaw", r"faint\w*", r"sick", r"vomit\w*",
                 r"breath\w*", r"strong", r"severe", r"bad",
                 r"crush\w*", r"heavy", r"tight", r"clammy", r"grey", r"pale", r"minutes", r"hour",
                 r"worse", r"dizzy", r"back", r"neck", r"\d+"),)),
    ),
    "stroke": (
        Rule(_rx(r"(?:mouth|face|lip|smile) (?:\w+ ){0,2}(?:on|to|at) one side",
                 r"(?:speak|speaks|talk|talks|speech|speaking|talking) (?:\w+ )?"
                 r"(?:not clear|unclear|strange|funny|slurred|weird|wrong|not right)"),
             requires=(_rx(SUDDEN.pattern, r"since (?:this morning|an hour|one hour|\w+ minutes)",
                           r"face", r"arm", r"mouth", r"weak\w*", r"numb"),)),
    ),
    "breathing": (
        Rule(_rx(r"problems? (?:to|with|in) breath\w*", r"(?:too )?breathless to (?:feed|talk|eat"
                 r"|speak|walk)", r"breathing is (?:\w+ and )?(?:noisy|fast|laboured|labored|rapid"
                 r"|shallow|really bad|very bad)", r"inhaler (?:is |'s )?(?:doing nothing|not doing"
                 r" anything|useless|no good|not helping|isn't helping|not working)",
                 r"wheez\w* (?:badly|a lot|really badly|so badly|and (?:can't|struggling))",
                 r"(?:lips|face) (?:are |is |look |looks )?(?:dusky|grey|gray|blue)",
                 r"can't get enough air", r"working (?:really |very |so )?hard to breathe",
                 r"nostrils (?:are )?flaring")),
    ),
    "seizure": (
        Rule(_rx(r"(?:seizures?|fits?) (?:\S+ ){0,5}without (?:coming round|waking|recovering"
                 r"|regaining)", r"(?:\d+|two|three|four|several|multiple) (?:seizures|fits) "
                 r"(?:in the last|within|in (?:an|one|two) hours?)")),
    ),
    "sepsis_meningitis": (
        Rule(_rx(r"(?:doesn't|don't|can't|won't) (?:like|stand|bear|tolerate|look at) (?:the )?"
                 r"(?:light|bright)", r"photophobi\w*", r"light hurts (?:his|her|my) eyes"),
             requires=(_rx(FEVER.pattern, r"headache", r"rash", r"vomit\w*"),)),
        Rule(_rx(r"rash"), requires=(FEVER, _rx(r"headache", r"drowsy", r"vomit\w*", r"stiff",
                                                r"light", r"floppy", r"confused"))),
        Rule(_rx(r"(?:c-?section|caesarean|cesarean|gave birth|given birth|surgery|operation|"
                 r"miscarriage)"), requires=(FEVER, _rx(r"fast (?:heart\w*|pulse|breathing)",
                 r"heart (?:is )?racing", r"confus\w*", r"shiver\w*", r"mottled", r"clammy",
                 r"very unwell", r"really unwell"))),
    ),
    "unwell_child": (
        Rule(_rx(r"(?:nappies|nappy|diapers?) (?:are |is |have been |has been )?(?:dry|empty)",
                 r"dry (?:nappies|nappy|diapers?)", r"lethargic"),
             requires=(CHILD, _rx(r"vomit\w*", r"diarrh\w*", r"sick", r"lethargic", r"floppy",
                                  r"sleepy", r"dry", r"not drinking", r"fever"))),
    ),
    "pregnancy": (
        Rule(_rx(r"(?:not|stopped|stop|can't|haven't|hasn't|no longer) (?:felt|feel|feeling) "
                 r"(?:the |my |her )?baby(?:'s)? (?:move|moving|kick|kicking|movements?)",
                 r"(?:gush|gushing|lots|loads|a lot) of blood"), requires=(PREGNANT_2,)),
        Rule(_rx(r"leaking (?:fluid|water)"), requires=(PREGNANT_2, PRETERM)),
    ),
    "trauma": (
        Rule(_rx(r"(?:cut|chopped|sliced|sawed|sawn) (?:\w+ ){0,2}(?:fingers?|thumb|toes?|hand|arm"
                 r"|leg|ear|nose)s? off", r"(?:hit|struck|smashed) (?:\w+ ){0,3}(?:with|by) a "
                 r"(?:bottle|bat|brick|hammer|iron bar|metal bar|crowbar|baseball bat)")),
        Rule(_rx(r"(?:crashed|crashes|crash) (?:his|her|my|their|the|a) (?:car|bike|motorbike|van"
                 r"|scooter|lorry)"), requires=(_rx(r"trapped", r"bleed\w*", r"unconscious",
                                                    r"not answering", r"can't move", r"hurt",
                                                    r"injur\w*", r"pain"),)),
    ),
}
CATEGORIES = with_rules(CATEGORIES, MORE)


# ---- Third round (a third fresh batch).
_CHILD_OR_UNWELL = _rx(CHILD.pattern, UNWELL.pattern)
MORE_3 = {
    "self_harm": (
        Rule(_rx(r"(?:rope|noose|belt|cord|ligature) (?:\w+ ){0,3}(?:tied|attached|hung|hanging|"
                 r"ready|around|round|over) (?:\w+ ){0,3}(?:banister|beam|loft|door|tree|neck"
                 r"|hook|ceiling|rail)",
                 r"(?:want|going|plan\w*|thinking (?:about|of)|ready|decided) (?:to )?end(?:ing)? "
                 r"(?:things|everything)(?! with| between)",
                 r"(?:sitting|standing|stood|sat|climbed|climbing|on) (?:on "
                 r"|over )?(?:the )?(?:edge"
                 r"|railings?|ledge|parapet) of (?:the |a |this )?(?:bridge|roof|building|cliff"
                 r"|balcony|car park|tower|platform)", r"(?:on|over) the (?:bridge|balcony) "
                 r"(?:railings?|ledge|parapet|edge)",
                 r"(?:going to|want to|gonna|will|'ll|about to|need to|i'm going to) (?:hurt|harm"
                 r"|cut|burn) (?:myself|himself|herself)")),
        Rule(_rx(r"(?:want|going|will|wanna) (?:to )?(?:finish|end|stop) (?:everything|it all|my "
                 r"life|all)(?! (?:with|for|before|on|by|in|at))"),
             requires=(_rx(MEANS.pattern, DESPAIR.pattern, r"now", r"please"),)),
    ),
    "overdose_poisoning": (
        Rule(_rx(r"empty (?:pill|tablet|medicine|paracetamol|painkiller)s? (?:packets?|bottles?"
                 r"|boxes?|blister packs?|strips?|pots?)", r"empty (?:packets?|bottles?|boxes?"
                 r"|blister packs?|strips?) of (?:pills|tablets|medicine|paracetamol|painkillers"
                 r"|meds|\w+ (?:pills"
                 r"|tablets))", r"(?:drank|drunk|swallowed|ate|eaten|took|had|got into) "
                 r"(?:some |a bit of |the |his |her |my )?(?:\S+ )?(?:methadone|morphine|oramorph"
                 r"|cough medicine|sleeping pills)"), requires=(_CHILD_OR_UNWELL,)),
    ),
    "heart_rhythm": (
        Rule(_rx(r"(?:fast|racing|irregular|pounding|rapid|very fast|erratic"
                 r"|slow) (?:\w+ )?(?:heart ?beat|heart rate|pulse)"),
             requires=(_rx(r"faint\w*", r"pass(?:ing)? out", r"passed out", r"black(?:ed|ing)? out",
                           r"collaps\w*", r"dizzy", r"light-?headed", r"breathless",
                           r"chest pain"),)),
    ),
    "breathing": (
        Rule(_rx(r"(?:no|not enough|not getting) air(?! con| conditioning| freshener| fryer| bnb)",
                 r"can't (?:speak|talk) because (?:\w+ ){0,2}(?:air|breath)")),
    ),
}
CATEGORIES = with_rules(CATEGORIES, MORE_3)


# ---- Fourth round (a fourth fresh batch).
MORE_4 = {
    "self_harm": (
        Rule(_rx(r"(?:something|pills|poison|it|stuff|tablets) (?:\w+ ){0,3}to end (?:it|my life"
                 r"|things|everything)(?! with)",
                 r"garage (?:\S+ ){0,6}engine (?:is |'s )?(?:running|on)",
                 r"engine (?:is |'s )?(?:running|on) (?:\S+ ){0,6}garage",
                 r"(?:took|taken|swallowed|take|taking|bought|got) (?:\S+ ){0,3}(?:to die|to end "
                 r"(?:it|my life)|so (?:i|he|she) (?:can )?die)")),
        Rule(_rx(r"(?:will|going to|gonna|'ll|wants? to|say (?:he|she) will) die"),
             requires=(_rx(MEANS.pattern, DESPAIR.pattern),)),
    ),
    "overdose_poisoning": (
        Rule(_rx(r"(?:gave|given|took|taken|had) (?:\S+ ){0,3}\d+(?:[.,]\d)? ?(?:ml|mg|tablets"
                 r"|doses|spoons|teaspoons) (?:\S+ ){0,3}instead of"), requires=(UNWELL,)),
    ),
    "anaphylaxis": (
        Rule(_rx(r"(?:lips?|face|tongue|eyes) (?:\w+ ){0,2}(?:huge|massive|enormous"
                 r"|twice the size)",
                 r"reaction (?:to|from) (?:\w+ ){0,2}(?:nuts?|peanuts?|shellfish|prawns?|sesame"
                 r"|bee|wasp|sting|penicillin|antibiotics?)"),
             requires=(_rx(ANA_SIGN.pattern, r"pass(?:ing)? out", r"huge", r"massive"),)),
    ),
    "heart_rhythm": (
        Rule(_rx(r"heart ?beat (?:is |'s )?(?:all over the place|irregular|erratic|very fast"
                 r"|really fast|crazy|wild)"),
             requires=(_rx(r"faint\w*", r"pass(?:ing)? out", r"passed out", r"black(?:ed|ing)? out",
                           r"collaps\w*", r"dizzy", r"light-?headed", r"breathless",
                           r"chest pain"),)),
    ),
    "unwell_child": (
        Rule(_rx(r"(?:only|just) (?:one|1|two|2) wet napp(?:y|ies)"), requires=(CHILD,)),
    ),
}
CATEGORIES = with_rules(CATEGORIES, MORE_4)


# ---- Fifth round (a sixth fresh batch).
MORE_5 = {
    "self_harm": (
        Rule(_rx(r"end it(?: all)?(?! with| between| early| there| here| for (?:the )?(?:day|now)"
                 r"| politely| nicely)",
                 r"(?:won't|will not|not going to|won't be) (?:be )?(?:around|here|alive) (?:after|"
                 r"tomorrow|much longer|anymore|any more|by)",
                 r"(?:knife|blade|razor|glass) (?:\w+ ){0,2}(?:to|against|on) (?:my|his"
                 r"|her) (?:wrists?"
                 r"|throat|neck|arms?|skin)", r"(?:feel|i'm|i am) (?:like )?(?:a |such a )?burden",
                 r"(?:researching|looking up|googling|searched|searching|read up on) (?:\w+ ){0,3}"
                 r"(?:how (?:many|much)|ways to|how to) (?:\w+ ){0,4}(?:die|kill|take|overdose|end|"
                 r"hang|tablets|pills)", r"(?:have|got) them (?:all )?(?:counted|lined up|ready)")),
        Rule(_rx(r"(?:gun|rifle|shotgun|pills|rope|knife|tablets) (?:is |are |has "
                 r"|have )?(?:gone )?"
                 r"(?:missing|gone)", r"(?:bye|goodbye) (?:everyone|all|world|everybody)"),
             requires=(DESPAIR,)),
    ),
    "overdose_poisoning": (
        Rule(_rx(r"yew", r"foxglove", r"deadly nightshade", r"laburnum", r"(?:poisonous|toxic) "
                 r"(?:berr(?:y|ies)|leaves|plant|seeds?)"), requires=(UNWELL,)),
    ),
    "anaphylaxis": (
        Rule(_rx(r"(?:face|lips?|eyes|mouth|tongue|throat) (?:\w+ )?(?:swell|swells|swelling|"
                 r"swollen|puffed|puffy)"),
             requires=(_rx(r"eat", r"ate", r"eaten", r"fish", r"egg", r"nuts?", r"sting\w*",
                           r"stung", r"allerg\w*", r"antibiotic\w*", r"injection"),
                       _rx(r"breath\w*", r"wheez\w*", r"faint\w*", r"dizzy", r"throat",
                           r"swallow\w*", r"noise"))),
    ),
    "chest_pain": (
        Rule(_rx(r"chest (?:have|has|got|with|is) (?:\w+ ){0,2}(?:pressure|pain|heaviness"
                 r"|tightness)"), requires=(_rx(r"sweat\w*", r"arm", r"jaw", r"faint\w*",
                                                r"breath\w*", r"sick", r"vomit\w*"),)),
    ),
    "breathing": (
        Rule(_rx(r"(?:using|uses) (?:his|her|their|my) (?:stomach|tummy|neck|shoulder) muscles",
                 r"(?:can't|cannot|unable to) (?:talk|speak)"),
             requires=(_rx(r"asthma", r"breath\w*", r"wheez\w*", r"inhaler"),)),
    ),
    "seizure": (
        Rule(_rx(r"shak\w*", r"jerk\w*", r"twitch\w*"),
             requires=(_rx(r"not look\w* at", r"staring", r"not focus\w*", r"eyes (?:\w+ )?(?:fixed"
                           r"|glazed|blank)"),)),
    ),
    "unwell_child": (
        Rule(_rx(r"(?:hasn't|not|haven't|no|hasn't had a|not had a) (?:\w+ ){0,2}(?:wee|pee|weed"
                 r"|peed|urine|wet nappy) (?:\w+ ){0,2}(?:in|for|since) (?:\d+|twelve|ten|eight|six"
                 r"|the last|all)"), requires=(CHILD,)),
    ),
    "trauma": (
        Rule(_rx(r"crushed (?:by|under|between) (?:a |an |the )?(?:\w+ )?(?:forklift|lorry|truck"
                 r"|car|machine\w*|tractor|wall|tree|vehicle|digger|crane|pallet|load|van|bus)",
                 r"bone (?:is )?(?:out|showing|visible)")),
        Rule(_rx(r"(?:accident|crash) (?:with|on|in) (?:a |the |his |her |my )?(?:motorbike|car"
                 r"|bike|lorry|bus|scooter|van)"), requires=(_rx(r"broken", r"bleed\w*", r"bone",
                                                           r"unconscious", r"can't move",
                                                           r"not moving", r"trapped"),)),
    ),
}
CATEGORIES = with_rules(CATEGORIES, MORE_5)


# ---- Sixth round (a seventh fresh batch).
MORE_6 = {
    "self_harm": (
        Rule(_rx(r"(?:walk|walking|go|going|drive|driving) into (?:the )?(?:sea|river|lake|traffic"
                 r"|road|path of a train|oncoming)", r"decided? to die", r"decide to (?:die|end)")),
        Rule(_rx(r"(?:taking|take|took|bring|bringing) all (?:\S+ ){0,3}(?:morphine|pills|tablets"
                 r"|meds"
                 r"|medication|painkillers|insulin)", r"(?:won't|wont|doesn't|will not) matter "
                 r"(?:anymore|any more|soon"
                 r"|after)"), requires=(_rx(MEANS.pattern, DESPAIR.pattern),)),
    ),
    "overdose_poisoning": (
        Rule(_rx(r"(?:took|taken|swallowed) (?:\S+ ){0,5}all at once",
                 r"(?:week's|month's|weeks'|months') (?:\S+ ){0,3}(?:pills|tablets|meds)",
                 r"(?:swallowed|chewed|ate|eaten|sucked|sucking|licked) (?:\S+ ){0,4}(?:fentanyl|"
                 r"morphine|nicotine|buprenorphine|pain) patch(?:es)?")),
    ),
    "breathing": (
        Rule(_rx(r"(?:she|he|they|i|baby|child) (?:is |are )?not breathe")),
    ),
    "chest_pain": (
        Rule(_rx(r"tight chest", r"pain (?:down|in|into|up) (?:my|his|her|their|the) (?:left )?"
                 r"(?:arm"
                 r"|jaw)"), requires=(_rx(r"chest", r"heart"), _rx(r"arm", r"jaw", r"nause\w*",
                                                r"sick", r"sweat\w*", r"breath\w*", r"faint\w*"))),
        Rule(_rx(r"heart attack(?= ?(?:i think|maybe|now|help|\?|!|$))")),
    ),
    "heart_rhythm": (
        Rule(_rx(r"(?:pacemaker|icd|defibrillator) (?:\S+ ){0,3}(?:gone off|goes off|going off"
                 r"|keeps going off|shocked|shocking|fired)")),
    ),
    "seizure": (
        Rule(_rx(r"(?:he|she|they|baby|wife|husband|son|daughter) (?:have|has|is having|'s having) "
                 r"(?:a )?(?:fit|seizure|convulsion)s?(?! (?:of|for|in|bit|before|when|as|last"
                 r"|years?|once|since))")),
    ),
    "bleeding": (
        Rule(_rx(r"(?:cut|severed|nicked|sliced) (?:an |the |my |his |her )?artery",
                 r"arterial bleed\w*")),
    ),
}
CATEGORIES = with_rules(CATEGORIES, MORE_6)


# ---- Seventh round (an eighth fresh batch).
MORE_7 = {
    "self_harm": (
        Rule(_rx(r"(?:step|jump|walk|throw (?:my|him|her)self|lie down) (?:in front of|under) "
                 r"(?:it|a|the|an)", r"(?:going to|gonna|will|want to|'ll|about to) (?:od|overdose)"
                 r"(?! on (?:chocolate|sugar|coffee|caffeine))")),
    ),
    "chest_pain": (
        Rule(_rx(r"(?:chest|heart) (?:is |'s )?(?:hurting|hurts|aching|paining)"),
             requires=(_rx(r"very much", r"so much", r"a lot", r"grey", r"gray", r"sweat\w*",
                           r"pale", r"arm", r"jaw", r"breath\w*", r"bad\w*", r"clammy", r"sick"),)),
    ),
    "breathing": (
        Rule(_rx(r"breathing (?:is |'s )?(?:really |very |so )?(?:laboured|labored|noisy|rapid"
                 r"|shallow|rattly|rattling)")),
    ),
    "burns": (
        Rule(_rx(r"(?:acid|alkali|caustic|bleach|chemicals?|lye|drain cleaner"
                 r"|oven cleaner) (?:\w+ )"
                 r"{0,3}(?:on|onto|over|in|into) (?:my|his|her|their|the) (?:\w+ )?(?:arm|hand|leg"
                 r"|skin|body|eyes?|face|foot|feet|chest)"),
             requires=(_rx(r"burn\w*", r"sting\w*", r"blister\w*", r"pain\w*", r"red", r"spill\w*",
                           r"splash\w*"),)),
        Rule(_rx(r"scald\w*", r"(?:bath|shower) water"), requires=(BURN_SEVERITY,),
             unless=SMALL_BURN),
    ),
}
CATEGORIES = with_rules(CATEGORIES, MORE_7)

# Rounds 8 to 10 (the third to fifth rounds of fresh writers), kept in one dict: a dangerous
# place or means with a farewell, asking for a method, counted overdoses of a named drug,
# upper-GI and anticoagulated bleeds, breathing rate, seizures that go on, electric shocks and
# deep burns.
FAREWELL = _rx(r"(?:just )?want(?:ed)? (?:someone|somebody|anyone|you) to know",
               r"nothing (?:anyone|anybody|you) (?:says|can say|could say)",
               r"(?:won't|shan't|will not) be (?:a )?(?:burden|problem|bother) (?:to anybody |to anyone"
               r" |to you |for )?(?:much longer|any ?more|after)",
               r"(?:put|putting|got|sorted) (?:my|his|her) affairs in order",
               r"(?:letters?|notes?) (?:for|to) (?:my|his|her) (?:kids|children|family|wife|husband"
               r"|daughters?|sons?|mum|dad|parents)", r"look after (?:my|his|her|the) (?:kids"
               r"|children|cat|dog|pets?)", r"not (?:going|coming) (?:back|home)", r"after dark",
               r"(?:no|not any) point (?:now|any ?more)", r"can't do (?:one|another) more day",
               r"it's for me", r"(?:i've|i have) (?:picked|chosen|found) (?:a|the) (?:spot|place)",
               r"this is (?:it|the end)", r"made (?:my )?peace", r"(?:lost|losing) (?:everything"
               r"|my job|the house)")
DANGER_PLACE = _rx(
    r"(?:standing|sat|sitting|stood|i'm|i am|he's|she's|he is|she is) (?:on|at) (?:the )?(?:edge"
    r" of (?:the |a )?)?(?:(?:multi-?storey|top floor of the|top of the) )?(?:roof|bridge|cliffs?"
    r"|ledge|car park|railway|tracks|platform edge|balcony|parapet|motorway bridge)",
    r"(?:driven|drove|walked|gone|went|come|came) (?:up |out )?(?:to|onto) (?:the )?(?:cliffs?"
    r"|bridge|headland|tracks|railway|viaduct|multi-?storey|quarry|woods|river|reservoir|lake)",
    r"(?:car )?hose (?:and|with) (?:the )?tape", r"(?:taken|took|got|has) (?:the|his|her|a|my)"
    r" (?:rifle|shotgun|gun|pistol)", r"(?:put|tipped|crushed|emptied) (?:all )?(?:her |his |my "
    r")?(?:\w+ )?(?:morphine|pills|tablets|meds|medication|painkillers|antidepressants) (?:\w+ )"
    r"{0,4}(?:in|into) a (?:cup|glass|bowl|pile)",
    r"(?:pills|tablets|meds|medicine|rope|knife|gun) (?:are |is )?(?:\w+ ){0,4}ready")
COUNTED_DRUG = _rx(
    r"(?:[2-9]\d|\d{3,}|a dozen|twenty|thirty|forty|fifty|a hundred) (?:of (?:my|his|her|the|them) )?"
    r"(?:\w+ )?(?:amitriptyline|sertraline|citalopram|fluoxetine|propranolol|zopiclone|quetiapine"
    r"|lithium|pregabalin|gabapentin|paracetamol|ibuprofen|co-?codamol|codeine|tramadol"
    r"|diazepam|aspirin|pills|tablets|capsules)")
TOOK = _rx(r"took", r"taken", r"swallowed", r"had", r"popped", r"already")
ELECTRIC_SIGN = _rx(r"burn\w*", r"mark", r"heart\w*", r"flutter\w*", r"palpitat\w*",
                    r"missing beats", r"chest", r"numb\w*", r"tingl\w*", r"dizzy", r"faint\w*",
                    r"thrown", r"unconscious", r"passed out")
MORE_8 = {
    "self_harm": (Rule(DANGER_PLACE, requires=(FAREWELL,)),
                  # Asking for a method is a warning sign however it is phrased.
                  Rule(_rx(r"(?:quickest|easiest|fastest|painless|best|surest|least painful) way"
                           r" to (?:die|kill (?:myself|yourself|me)|end it|end (?:my|your) life"
                           r"|overdose)", r"how (?:many|much) (?:\w+ ){0,3}(?:to|would it take to"
                           r"|does it take to) (?:die|kill (?:myself|yourself|me)|not wake up)")),
                  Rule(_rx(r"(?:giving|given|gave|give) (?:\w+ ){0,3}(?:stuff|things|belongings"
                           r"|possessions) away", r"found (?:a |the )?(?:rope|noose|ligature)",
                           r"(?:rope|noose|pills|tablets|poison|gun)(?:'s| is| are)? (?:all )?(?:sorted"
                           r"|bought|ready|hidden|hid)", r"(?:bought|got|hid|hidden) (?:the |some )?"
                           r"(?:rat poison|poison|rope|pills|tablets|paracetamol)"),
                       requires=(_rx(FAREWELL.pattern, DESPAIR.pattern, r"miss me", r"goodbye",
                                     r"last time", r"take it", r"take them"),)),
                  Rule(_rx(r"(?:drive|driving|drove|crash|steer|swerve) (?:\w+ )?(?:off|into) (?:the"
                           r" |a )?(?:cliff|bridge|river|wall|lorry|truck|tree|sea)"), requires=()),
                  Rule(_rx(r"(?:i have|i've got|i've made|made|got) a plan"),
                       requires=(_rx(FAREWELL.pattern, r"tonight", r"end it", r"goodbye", r"die",
                                     r"cliff", r"bridge", r"pills", r"tablets", r"rope"),))),
    "overdose_poisoning": (Rule(COUNTED_DRUG, requires=(TOOK,)),),
    "seizure": (Rule(_rx(r"(?:shaking|jerking|twitching|convulsing|fitting|seizing)(?: \w+){0,2} "
                         r"(?:hasn't|has not|won't|isn't|hasnt|not) (?:stopped|stop|stopping)"),),),
    "heart_rhythm": (Rule(_rx(r"heart's (?:\w+ )?(?:racing|pounding|beating|going|fluttering"
                              r"|thumping|hammering|doing)"),
                          requires=(_rx(r"faint\w*", r"pass(?:ed|ing)? out", r"black(?:ed|ing)? out",
                                        r"collaps\w*", r"dizzy", r"(?:1[5-9]\d|2\d\d)"),)),),
    "breathing": (
        Rule(_rx(r"(?:only )?(?:breathing|breathes|breaths?) (?:\w+ ){0,2}(?:[1-6]|one|two|three"
                 r"|four|five|six) (?:times |breaths )?(?:a|per) minute",
                 r"(?:can |could )?only (?:say|speak|get out|manage) (?:a few|one|two|three|[1-3])"
                 r" words", r"inhaler (?:isn't|is not|not|doesn't) (?:doing|touching) (?:anything"
                 r"|a thing|it)", r"(?:ten|twenty|\d\d) puffs")),),
    "bleeding": (
        Rule(_rx(r"(?:like|looked like|looks like|resembl\w+) (?:\w+ )?coffee grounds",
                 r"black,? (?:and )?tarry", r"tar-?like (?:stools?|poo|motions)",
                 r"(?:nose ?bleed|nose (?:has been |is |keeps )?bleeding) (?:\w+ ){0,3}for "
                 r"(?:over |more than |about |nearly |almost )?(?:[2-9]\d (?:minutes|mins)|an hour"
                 r"|half an hour|\d+ hours?)"),
             ),
        Rule(_rx(r"(?:still|keeps|is|it's) (?:pouring|gushing|streaming)"),
             requires=(_rx(r"warfarin", r"apixaban", r"rivaroxaban", r"edoxaban", r"dabigatran",
                           r"blood thinners?", r"anticoagula\w+", r"nose ?bleed", r"bleed\w*"),)),
    ),
    "burns": (Rule(_rx(r"(?:white|charred|waxy) and (?:leathery|charred|waxy)", r"leathery",
                       r"(?:skin|arm|forearm|hand|leg|chest) (?:\w+ ){0,6}(?:charred|blackened)"),
                   requires=(_rx(r"fire", r"flames?", r"pan", r"oil", r"burn\w*", r"hot", r"went up",
                                 r"kettle", r"boiling"),)),
              Rule(_rx(r"electric(?:al)? shock", r"(?:got|had|took) (?:a |an )?(?:big |bad )?"
                       r"(?:electric(?:al)? )?shock (?:off|from)",
                       r"shock (?:off|from) (?:the )?(?:240|230|110|mains|socket|plug|wire|cable"
                       r"|fence|pylon)"), requires=(ELECTRIC_SIGN,)),),
}
CATEGORIES = with_rules(CATEGORIES, MORE_8)

CATEGORY_BY_NAME = {c.name: c for c in CATEGORIES}
