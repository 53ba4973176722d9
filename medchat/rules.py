"""The triage's rules: one table of phrases per emergency category, and each category's advice.

Every pattern is a readable phrase list compiled once; repetition is bounded ({0,n}) so a
long message cannot make matching slow. medchat.triage decides which matches are live.
"""
import re
from dataclasses import dataclass

def _rx(*alternatives: str) -> re.Pattern:
    """Compile phrase alternatives; the lookarounds act like \\b but also work next to '°'."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


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
    r"(?:was|were|died|disappeared|wasn't|weren't)", r"(?:nobody|no one) would miss me",
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
    Rule(_rx(r"(?:want|wants|wanting|wanna|wish|wishes|plan(?:s|ning)?|ready|decided)"
             r"(?: to)? die",
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
)

# Under 3 months a temperature of 38 °C or more is a red flag regardless of how well they look.
INFANT_FEVER_RULES = (Rule(INFANT_AGE, requires=(FEVER,)),)

PREGNANT = _rx(r"pregnan(?:t|cy)")
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
             r"(?:boiling|hot) (?:water|oil|fat|tea|coffee|soup) " + W3 + r"(?:over|onto|on"
             r"|down)"),
         requires=(BURN_SEVERITY,)),
    Rule(_rx(r"(?:chemicals?|bleach|acid|alkali|lye|oven cleaner|drain cleaner|caustic|"
             rf"ammonia) {W3}(?:in|into|on|onto|over) {WHOSE} (?:eyes?|face|mouth)",
             # Chemical burns always need hospital care, whatever their size.
             r"(?:chemical|acid|alkali|caustic) burns?",
             r"electric(?:al)? shock", r"electrocuted", r"struck by lightning",
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
             r"her|their|a) breath|get (?:my|his|her|their) breath)",
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

# One calm first-aid step per category, shown after the call-for-help line.
ADVICE = {
    "self_harm": "Please don't stay alone right now.",
    "overdose_poisoning": "Keep the packet or bottle for the medical team; don't induce vomiting.",
    "choking": "If they can't cough or breathe: 5 back blows, then 5 abdominal thrusts "
               "(chest thrusts for a baby under 1).",
    "anaphylaxis": "Use their adrenaline auto-injector (e.g. EpiPen) now if they have one.",
    "infant_fever": "A baby under 3 months with 38 °C or more must be seen by a doctor now.",
    "pregnancy_bleeding": "Lie down and rest while help comes; say how many weeks pregnant.",
    "seizure": "Clear space and cushion the head; don't restrain them or put anything in "
               "their mouth.",
    "diabetic_emergency": "If sugar is low and they can swallow, give a sugary drink.",
    "head_injury": "Keep them still and do not leave them alone.",
    "sepsis_meningitis": "Say that you are worried about sepsis or meningitis.",
    "stroke": "Note the time the symptoms started; give no food, drink or medicine.",
    "chest_pain": "Stop all activity and sit down; do not drive yourself to hospital.",
    "burns": "Cool or rinse with cool running water for 20 minutes; switch off any power.",
    "bleeding": "Press firmly on the wound with a clean cloth and keep pressing.",
    "breathing": "Help them sit upright; use their reliever inhaler if they have one.",
    "unresponsive": "If they are not breathing normally, start CPR; the call handler will help.",
}

CATEGORIES = (
    Category("self_harm", SELF_HARM_RULES, ADVICE["self_harm"], tier=0),
    Category("overdose_poisoning", OVERDOSE_RULES, ADVICE["overdose_poisoning"]),
    Category("choking", CHOKING_RULES, ADVICE["choking"]),
    Category("anaphylaxis", ANAPHYLAXIS_RULES, ADVICE["anaphylaxis"]),
    Category("infant_fever", INFANT_FEVER_RULES, ADVICE["infant_fever"]),
    Category("pregnancy_bleeding", PREGNANCY_RULES, ADVICE["pregnancy_bleeding"]),
    Category("seizure", SEIZURE_RULES, ADVICE["seizure"]),
    Category("diabetic_emergency", DIABETIC_RULES, ADVICE["diabetic_emergency"]),
    Category("head_injury", HEAD_INJURY_RULES, ADVICE["head_injury"]),
    Category("sepsis_meningitis", SEPSIS_RULES, ADVICE["sepsis_meningitis"]),
    Category("stroke", STROKE_RULES, ADVICE["stroke"]),
    Category("chest_pain", CHEST_PAIN_RULES, ADVICE["chest_pain"]),
    Category("burns", BURN_RULES, ADVICE["burns"]),
    Category("bleeding", BLEEDING_RULES, ADVICE["bleeding"], tier=2),
    Category("breathing", BREATHING_RULES, ADVICE["breathing"], tier=2),
    Category("unresponsive", UNRESPONSIVE_RULES, ADVICE["unresponsive"], tier=2),
)
CATEGORY_BY_NAME = {c.name: c for c in CATEGORIES}
