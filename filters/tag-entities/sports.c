/*
 * sports: a team named after its town is an organisation (tagger.h).
 *
 * "Portvale 2 Kessel 1", "KESSEL AT PORTVALE", "Portvale beat Kessel", a
 * league table's "Portvale 10 7 2 1 23":
 * sports copy names clubs after their town or county, and the tagger,
 * which has seen the town as a place, says GPE.  The context says team:
 * a results line (a name, a score, a name, a score), a cricket side's
 * innings, a fixture (two names with "v", "vs" or a headline's "AT"),
 * two names around a verb of a match's result ("beat", "drew with",
 * "lost to"), a player's move between clubs, a headline's subject with
 * its verb in the plural ("PORTVALE WIN CUP").  The town a results line
 * was played in is a place ("At Velby :").  No list of
 * teams: the names are whatever stands there.  A person is never made a
 * team ("Kovac beat Lindqvist" is tennis), and a name made a team in a
 * record is one wherever else it stands in that record; story.c keeps
 * it so for the rest of the story.  Runs on the calling thread, before
 * the story's names are resolved.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "names/names.h"
#include "tagger.h"

/* A name: up to four capitalised words ("Kessel", "Port Ardent
 * Athletic", "NEW HALDEN"); a full stop after a short abbreviation
 * ("St. Helens") or inside a word ("St.Helens"), not the one that ends
 * a sentence after it ("drew with Tarsk Rovers."). */
#define WORD "(?:\\p{Lu}\\p{L}?\\.|\\p{Lu}(?:[\\p{L}'&-]|\\.(?=\\p{L}))*)"
#define NAME "(" WORD "(?: " WORD "){0,3})"
/* The same, as short as what follows lets it be: a headline's subject
 * before its verb ("KESSEL GO TOP", not "KESSEL GO" before "TOP"). */
#define SHORTEST_NAME "(" WORD "(?: " WORD "){0,3}?)"
/* Where a sentence opens: a line's start, or after its stop and a
 * space (and a closing quotation mark). */
#define OPENS_SENTENCE "(?m)(?:^|(?<=[.!?] )|(?<=[.!?][\"\\x{201d}] ))"
/* Where a sentence's first name starts, after "The" ("The Yonkers
 * Hawks beat ..."). */
#define FIRST "(?<![\\p{L}\\d])(?:The )?"
/* The scorers after a score, in brackets: " (Lind 23, Ruiz 67 pen)". */
#define SCORERS "(?: ?\\([^()\\n]{1,200}\\))?"
/* A headline's slug in capitals opening its line, up to its " - ":
 * "SOCCER - ", "NHL ICE HOCKEY - " (after_sport_slug reads it). */
#define SLUG "(?m)^\\p{Lu}[\\p{Lu} ]{1,40} - "
/* A headline's first clause before the one a pattern reads, when that
 * is its second: "ORLOV SCORES TWICE AS " (tried only when the first
 * clause does not match). */
#define CLAUSE_CONJ "(?:AS|AFTER|WHILE|BUT|THEN|WHEN) "
#define HEADLINE_CLAUSE "(?:[\\p{Lu}\\d' ,.-]{1,80}? " CLAUSE_CONJ ")??"
/* A headline's subject, as short as its verb lets it be, that does not
 * run over a clause's conjunction ("ORLOV SCORES AS MARNOCK" is none). */
#define HEADLINE_SUBJECT "((?!" CLAUSE_CONJ ")" WORD "(?: (?!" CLAUSE_CONJ ")" WORD "){0,3}?)"
/* A score as prose writes it: "2-0", "3–2". */
#define SCORE "\\d{1,3}(?:-|\\x{2013})\\d{1,3}"
/* A cricket side's innings, "281", "172-4", "320-6 dec", "98 all out",
 * and what says it is one: a second innings with its wickets ("281 and
 * 172-4"), a declaration, all out, or two innings before the batsmen's
 * brackets, a semicolon or the other side's "v" ("83 and 98 ("); never
 * two plain numbers ("320 and 321 jets"). */
#define INNINGS "\\d{1,3}(?:-\\d{1,2})?(?: dec| declared| all out)?"
#define INNINGS_TOLD "(?:" INNINGS " and \\d{1,3}-\\d{1,2}(?: dec| declared)?|" \
	INNINGS " and " INNINGS "(?= ?\\(| ?;| v )|\\d{1,3}-\\d{1,2} dec(?:lared)?|\\d{1,3} all out)"

/* What a match of a pattern gives: two sides, or one decided by a rule
 * of its own. */
enum sports_kind {
	KIND_NONE,		/* nothing: the match was not what its pattern needs */
	KIND_PAIRING,		/* pairing(): one or two sides */
	KIND_PLURAL,		/* plural_team() */
	KIND_ROLE,		/* role_team() */
	KIND_FIXTURE_TOLD,	/* fixture_told() */
	KIND_NATION,		/* nation_of_player() */
	KIND_RANKED,		/* ranked_player() */
	KIND_SQUAD,		/* squad_player() */
	KIND_VENUE,		/* venue() */
	KIND_HEADLINE_PLAYER,	/* headline_player() */
	KIND_HEADLINE_TEAM,	/* headline_team() */
	KIND_SCORERS_LINE,	/* scorers_line() */
	KIND_SCORERS_LABELLED,	/* labelled_scorers() */
	KIND_LINEUP,		/* lineup_line() */
	KIND_CRICKET,		/* cricket_players() */
};

static const struct sports_source {
	const char *re;
	bool by_form;	/* a pairing by its form alone (not prose) */
	bool scorers;	/* scorers in brackets follow its scores */
	unsigned cue;	/* what the text must have (text_cues) */
	enum sports_kind kind;
	bool after_slug;	/* only after a slug that names a sport (SLUG) */
} sports_sources[NSPORTS] = {
	/* A results line: "Portvale 2 Kessel 1", "Portvale 2, Kessel 1",
	 * the scorers in brackets after a score: "Portvale 2 (Lind 23, Ruiz
	 * 67) Kessel 1 (Holm 45)" (pairing() reads them). */
	{ "(?<![\\p{L}\\d])" NAME " \\d{1,3}" SCORERS ",? " NAME " \\d{1,3}"
	  "(?!\\d|[.,:]\\d|\\s?(?:%|per|million|billion))" SCORERS,
	  true, true, CUE_SCORE, KIND_PAIRING, false },
	/* A fixture: "Portvale v Kessel", "PORTVALE AT KESSEL". */
	{ "(?<![\\p{L}\\d])" NAME " (?:v|vs|vs\\.|V|VS|VS\\.|AT) " NAME "(?![\\p{L}\\d])",
	  true, false, CUE_FIXTURE, KIND_PAIRING, false },
	/* A league table's row: "Portvale 10 7 2 1 23", the name at the
	 * start of a line (one side only: the second group is empty). */
	{ "(?m)^" NAME "()(?: \\d{1,3}){3,}(?![\\d.,:%])", true, false, CUE_ROW, KIND_PAIRING, false },
	/* A standings row with the share of games won: "VELBY 70 63 .526". */
	{ "(?m)^" NAME "()(?: \\d{1,3}){2} \\.\\d{3}(?!\\d)", true, false, CUE_ROW, KIND_PAIRING, false },
	/* A result told: "Portvale beat Kessel", "Kessel drew with Portvale",
	 * "Portvale beat the Marlow Pirates". */
	{ FIRST NAME " (?:beat|beats|thrashed|routed|hammered|edged|"
	  "drew with|draw with|draws with|lost to|lose to|loses to|knocked out) "
	  "(?:the )?" NAME "(?![\\p{L}\\d])", false, false, CUE_RESULT, KIND_PAIRING, false },
	/* A result told with its score, a team's by its form (no player
	 * draws 1-1, or loses 3-2 at home; a tennis player's win has sets,
	 * "6-4 6-3", which the last case leaves out): "Kessel drew 1-1 with
	 * Dunmore", "Portvale lost 3-2 at home to Carrick", "Kessel won 2-0
	 * at Dunmore", "Kessel beat Dunmore 2-0". */
	{ FIRST NAME " (?:(?:drew|draw|draws) " SCORE " with|"
	  "lost " SCORE "(?: at home| away)? to|won " SCORE " (?:at|against)) "
	  "(?:the )?" NAME "(?![\\p{L}\\d])",
	  true, false, CUE_RESULT, KIND_PAIRING, false },
	{ FIRST NAME " (?:beat|beats|thrashed|routed|hammered|edged) "
	  "(?:the )?" NAME " " SCORE "(?![\\d,]| \\d)",
	  true, false, CUE_RESULT, KIND_PAIRING, false },
	/* A draw told: "Kessel held Portvale to a 1-1 draw", "Kessel held
	 * league leaders Portvale to a goalless draw", a headline's "KESSEL
	 * HOLD PORTVALE TO GOALLESS DRAW", "... TO DRAW."; never "held talks
	 * with X to draw up a plan" (a draw has its article, its score or its
	 * goals, or ends the clause). */
	{ FIRST NAME " (?:held|hold|holds) (?:the )?(?:(?:league |table |group )?"
	  "(?:leaders|champions|holders|hosts|visitors|rivals|neighbours|neighbors) )?"
	  NAME " to (?:an? (?:(?i:goalless|scoreless) |" SCORE " )?|(?i:goalless|scoreless) |"
	  SCORE " |(?=(?i:draw|tie) ?(?:[.,;:!?]|$)))(?i:draw|tie)(?![\\p{L}\\d]| up)",
	  true, false, CUE_DRAW, KIND_PAIRING, false },
	/* A result told with its score, one side: "a 2-0 win over Tolvern",
	 * "a 1-3 defeat by Carrick", "a 1-1 draw with Dunmore"; not a set
	 * of a tennis match ("6-4 6-3 win over"). */
	{ "(?<![\\d,] )" SCORE " (?:win|victory|defeat|loss|draw) (?:over|against|"
	  "by|to|with|at) (?:the )?" NAME "()(?![\\p{L}\\d])",
	  false, false, CUE_RESULT, KIND_PAIRING, false },
	/* In sports copy, the same at home or away: "a 3-1 win at home to
	 * Ostrov" (a vote is lost "at home" too). */
	{ "(?<![\\d,] )" SCORE " (?:win|victory|defeat|loss|draw) (?:away to|away at|"
	  "at home to) (?:the )?" NAME "()(?![\\p{L}\\d])", false, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, one side of a result told with its score, after
	 * the verb: "his side beat Portvale 3-1" (not a tennis player's
	 * sets, "beat Ana Ruiz 6-3 6-4"), "lost 2-0 at Velby", "drew 1-1 at
	 * Dunmore", "won 3-0 against Kessel". */
	{ "(?<![\\p{L}\\d])(?:beat|beats|beating|thrashed|routed|hammered|edged|defeated) "
	  "(?:the )?" NAME "() " SCORE "(?![\\d,]| \\d)", false, false, CUE_SPORTS, KIND_PAIRING, false },
	{ "(?<![\\p{L}\\d])(?:lost|lose|loses|losing|drew|draw|draws|drawing|won|win|wins|winning) "
	  SCORE " (?:at|away at|away to|at home to|against|to|with) (?:the )?" NAME "()(?![\\p{L}\\d])",
	  false, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, a result told without its score (and not after
	 * a tennis player's sets): "go top with a win over Portvale", a
	 * headline's "WIN OVER PORTVALE". */
	{ "(?<![\\p{L}\\d])(?<!\\d )(?:win|victory|defeat|loss) (?:over|against|to|at) (?:the )?" NAME
	  "()(?![\\p{L}\\d])", false, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, a side before its relative clause's result:
	 * "Marnock, who beat Tolburg 2-0" (in other copy "who" is a person's:
	 * "Ruiz, who beat Marek 52-48"). */
	{ FIRST NAME " ?, who (?:beat|beats|thrashed|routed|hammered|edged|drew with|lost to) "
	  "(?:the )?" NAME "(?![\\p{L}\\d])", false, false, CUE_SPORTS, KIND_PAIRING, false },
	/* A place spoken of as plural, opening a sentence: "Kessel are
	 * fourth", "Tolvern, who have not won" (one side: plural_team
	 * decides; "Prices in Tarsk are rising" has its subject first). */
	{ OPENS_SENTENCE "(" WORD ")(?<!s)(?:, who)? "
	  "(?:are|were|have) ()", false, false, CUE_PLURAL, KIND_PLURAL, false },
	/* In sports copy, the same with "remain": "Portvale remain two
	 * points clear" ("Tarsk remain opposed" in other copy is a place). */
	{ OPENS_SENTENCE "(" WORD ")(?<!s) remain ()",
	  false, false, CUE_SPORTS, KIND_PLURAL, false },
	/* A team's player or coach: "Ostrava striker Petr Malek" (one side:
	 * the second group is empty; role_team decides). */
	{ "(?<![\\p{L}\\d])" NAME "() (?:striker|midfielder|defender|goalkeeper|"
	  "keeper|winger|forward|captain|skipper|coach|manager|head coach|"
	  "quarterback|pitcher|playmaker|full-back|centre-back|center-back|"
	  "batsman|bowler|fly-half|scrum-half) \\p{Lu}", false, false, CUE_ROLE, KIND_ROLE, false },
	/* A fixture told, opening a sentence, with the plural verb of
	 * British copy: "Tarsk host Kessel on Friday", "Dunmore face the
	 * Marlow Lions" (fixture_told decides). */
	{ OPENS_SENTENCE "(?:The )?" NAME
	  " (?:host|visit|face|entertain|travel to) (?:the )?" NAME "(?![\\p{L}\\d])",
	  false, false, CUE_FIXTURE_TOLD, KIND_FIXTURE_TOLD, false },
	/* A player's row in a ranked list, the rank or the total first,
	 * then the name, and the nation in brackets or the result: "1. Ana
	 * Ruiz (Dravia) 10.92", "2. Ivo Marek (Kessia) Velby Bikes 4:32:10"
	 * (the team a rider or a driver races for after the nation),
	 * "3. Ivo Marek (Kessia) Tarvex one lap behind", "... at 4
	 * seconds", "132 Ivo Marek 65 67", "65 Ivo Marek" (a golfer's total and
	 * name alone: a leaderboard's player of the nation its header
	 * names); a golf
	 * leaderboard's next player on the same total after a comma
	 * ("134 Lars Quill 68 66, Tomas Orrin 67 67"); ranked_player
	 * decides. */
	{ "(?m)(?:^=?\\d{1,3}(?:\\.|\\)| -)? |(?<=\\d ,|\\d,) )" NAME
	  "(?: ?\\( ?" NAME " ?\\)(?: " NAME "(?= \\d| same time| s\\.t\\.| at \\d|"
	  " (?:one|two|three|four|five|\\d+) laps?\\b| retired| did not finish|$))?|(?= \\d)|$)",
	  false, false, CUE_RANK, KIND_RANKED, false },
	/* In sports copy, a match between two sides, one of them a name the
	 * tagger found: "the final between Kessel Rovers and Portvale" (not
	 * "flights between Paris and Berlin"). */
	{ "(?<![\\p{L}\\d])(?:final|match|game|tie|derby|clash|fixture|semi-final|semifinal|"
	  "play-off|playoff|decider|encounter) between (?:the )?" NAME " and (?:the )?" NAME
	  "(?![\\p{L}\\d])", false, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, a player after his squad number in a line-up:
	 * "Kessel Rovers : 1 - Ivo Marek ; 2 - Lars Quill , 5 - Tomas
	 * Orrin" (squad_player decides). */
	{ "(?m)(?<=[;,:] )\\d{1,2} - " NAME "(?= ?[;,.]|$)", false, false, CUE_SPORTS, KIND_SQUAD, false },
	/* In sports copy, a team's scorers on a line of their own: "Kelburn
	 * - Tam Reid 12 , 40 , Iain Shaw 88 pen" (scorers_line decides);
	 * not a headline's slug in capitals ("SOCCER - TOLVERN BEAT KESSEL
	 * 2-1"). */
	{ "(?m)^" NAME " - (?=[^\\n]*\\p{Ll})([^\\n]+)$", false, false, CUE_SPORTS, KIND_SCORERS_LINE, false },
	/* In sports copy, a team's line-up on a line of its own:
	 * "Kelburn : Tam Reid ; Ivo Marek , Lars Quill , ..."
	 * (lineup_line decides). */
	{ "(?m)^" NAME " : (?=[^\\n]*[,;])([^\\n]+)$", false, false, CUE_SPORTS, KIND_LINEUP, false },
	/* In sports copy, a line that opens with what was scored:
	 * "Scorers : Tam Reid 12 , Iain Shaw 88", "Tries : Ewan Mackie 2 ;
	 * Conversions : Rory Tait" (labelled_scorers decides; the labels
	 * are after_scoring_label's, players.c). */
	{ "(?m)^((?i:goalscorers|scorers?|goals|tries|try|conversions?|cons|penalties|penalty|"
	  "pens|drop goals?|dropped goal|penalty goals) : [^\\n]+)$", false, false, CUE_SPORTS,
	  KIND_SCORERS_LABELLED, false },
	/* A player and the nation he plays for, in brackets, as results
	 * lists write them: "Ana Ruiz (Dravia) beat Lena Holm (Kessia)"
	 * (nation_of_player decides). */
	{ "(?<![\\p{L}\\d])" NAME " ?\\( ?" NAME " ?\\)", false, false, CUE_NATION, KIND_NATION, false },
	/* A cricket side and its innings, the batsmen and bowlers in
	 * brackets after them: "Kent 281 and 172-4 (I. Marek 56, T. Sand
	 * 40) ; Essex 83 and 98 (P. Holt 5-22)", "Kent 320-6 dec" (one side
	 * a match: the second group is empty). */
	{ "(?<![\\p{L}\\d])" NAME " " INNINGS_TOLD SCORERS "()", true, true, CUE_INNINGS, KIND_PAIRING, false },
	/* ... and as a scorecard tells it: "Kessia first innings 312 (
	 * Tomas Brandt 104 ; Ivo Marek 4-61 )", "Dravia second innings
	 * 145-3". */
	{ "(?<![\\p{L}\\d])" NAME " (?:first|second) innings " INNINGS SCORERS "()",
	  true, true, CUE_INNINGS, KIND_PAIRING, false },
	/* The side a cricket side's innings were against: "Kent 320-6 dec
	 * (L. Varga 102 not out) v Essex". */
	{ "(?<![\\p{L}\\d])" INNINGS_TOLD SCORERS " v " NAME "()(?![\\p{L}\\d])",
	  true, false, CUE_INNINGS, KIND_PAIRING, false },
	/* In sports copy, a scorecard's batsman, and the fielder and the
	 * bowler who got him out: "M. Lind c Holt b Ruiz 31", "Ivo Marek lbw
	 * b Sand 113", "T. Orrin not out 12" (cricket_players decides). */
	{ "(?m)^" NAME " (?:(?:c|st) " NAME " b " NAME "|c & b " NAME "|lbw b " NAME "|b " NAME
	  "|not out|run out(?: \\( " NAME " \\))?|retired hurt) \\d{1,3}$",
	  false, false, CUE_SPORTS, KIND_CRICKET, false },
	/* ... and a bowler's figures, overs-maidens-runs-wickets, on the
	 * line that says so: "Bowling : Ivo Marek 25-7-67-2 ( nb-3 ) , Lars
	 * Sand 24.3-6-86-2", "Kessia bowling :" (\\G: the next after the
	 * last one matched, never at a line's start; a standings line,
	 * "Detroit 25-15-4-3", looks the same). */
	{ "(?m)(?:^[ \\t]*(?:\\S+ )?(?:[Bb]owling|BOWLING) ?: |(?<!^)\\G(?: ?\\([^)\\n]*\\))? ?, )" NAME " \\d{1,2}(?:\\.\\d)?-\\d{1,2}-\\d{1,3}-\\d{1,2}(?![\\d-])",
	  false, false, CUE_SPORTS, KIND_CRICKET, false },
	/* In sports copy, the ground a results line was played at, opening
	 * it: "At Velby : Kent 281 ..." (venue decides). */
	{ "(?m)^At " NAME " ?:", false, false, CUE_SPORTS, KIND_VENUE, false },
	/* In sports copy, a player's move between two clubs: "joined
	 * Portvale from Marnock", "signed for Kessel from Velby" (not
	 * "moved to Velgrad from Kessia", where one lives). */
	{ "(?<![\\p{L}\\d])(?:joined|joins|join|joining|signed for|signs for|sign for|"
	  "transferred to) (?:the )?" NAME " from (?:the )?" NAME "(?![\\p{L}\\d])",
	  false, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, the club a player came from: "signed from Kessel
	 * for 1.5 million pounds", "on loan from Velby" (one side; a squad
	 * "arrived from" a town). */
	{ "(?<![\\p{L}\\d])(?:signed|bought|joined|recruited|on loan) from (?:the )?"
	  NAME "()(?![\\p{L}\\d])", false, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, a side's place in its league: "Portvale went top
	 * of the league", "Velby slipped to third in the table" (not a
	 * leaderboard, nor the standings of a race's riders). */
	{ "(?<![\\p{L}\\d])" NAME "() (?:went|go|goes|going|stay|stays|stayed|remain|remains|"
	  "remained|moved|move|moves|climbed|climb|climbs|slipped|slip|slips|dropped|drop|drops|"
	  "fell|rose|jumped|jump|jumps) (?:up |down |back )?(?:to )?(?:top|bottom|first|second|"
	  "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))"
	  "(?: place)? (?:of|in|on) the (?:\\p{L}+ )?(?:league|table|group|division|"
	  "pool|conference)(?![\\p{L}\\d])", true, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, a side's place in its league told beside it:
	 * "Kessel , bottom of the table , lost" (one side; not a player's
	 * "top of the scoring table", nor a rider's standings). */
	{ FIRST NAME "() , (?:top|bottom|first|second|third|fourth|fifth|last|"
	  "joint top|joint bottom|\\d{1,2}(?:st|nd|rd|th)) (?:of|in) the "
	  "(?:league|table|group|division|conference) ,",
	  true, false, CUE_SPORTS, KIND_PAIRING, false },
	/* In sports copy, a headline's subject after its slug, with a verb
	 * in the plural as British copy writes a team's: "SOCCER - PORTVALE
	 * WIN CUP", "KESSEL GO TOP", "ORLOV SCORES AS KESSEL GO TOP". */
	{ SLUG HEADLINE_CLAUSE HEADLINE_SUBJECT "() (?:WIN|BEAT|GO|GET|HOLD|SACK|TOP|KEEP|"
	  "STAY|REACH|LOSE|DRAW|EDGE|CRUSH|THRASH|SIGN|CLAIM|SNATCH|SEAL|STUN|ROUT|HAMMER|"
	  "DUMP|SLIP|CLIMB|EXTEND|BOUNCE|MOVE|QUALIFY|SURVIVE|RETAIN|REGAIN|SUFFER|OUST|"
	  "UPSET|SQUEEZE|GRAB|SHARE|SCRAPE|CRASH|FIGHT|HIT|SHOCK|TRAIL|LEAD|CHASE)(?![\\p{L}\\d])",
	  true, false, CUE_SPORTS, KIND_HEADLINE_TEAM, true },
	/* In sports copy, a headline's subject after its slug, one word
	 * with a verb in the singular: a player, "TENNIS - RUIZ BEATS HOLT",
	 * "KESSEL WIN AS RUIZ SCORES" (headline_player decides). */
	{ SLUG HEADLINE_CLAUSE "(\\p{Lu}[\\p{Lu}'-]+) (?:BEATS|WINS|TAKES|SETS|"
	  "RETAINS|KEEPS|LEADS|QUITS|CLAIMS|REACHES|RETIRES|DEFENDS|BREAKS|EQUALS|CLINCHES|"
	  "GRABS|STORMS|CRUISES|EASES|ROMPS|SURVIVES|UPSETS|STUNS|EDGES|TOPS|LOSES|MISSES|"
	  "WITHDRAWS|SHOOTS|HOLDS|EXTENDS|REGAINS|CAPTURES|SNATCHES|TRIUMPHS|DOMINATES|"
	  "SEALS|SECURES|EARNS|SIGNS|JOINS|SCORES|NETS|SHINES|STARS|BAGS|OUTPLAYS)"
	  "(?![\\p{L}\\d])",
	  false, false, CUE_SPORTS, KIND_HEADLINE_PLAYER, true },
	/* The owner of a result told with its score: "Kessel's 2-1 win",
	 * "Tolvern's 0-3 defeat" (one side). */
	{ FIRST NAME "()'s " SCORE " (?:win|victory|defeat|loss|draw)\\b",
	  false, false, CUE_RESULT, KIND_PAIRING, false },
};

void
compile_sports(struct tagger *t)
{
	for (size_t i = 0; i < NSPORTS; i++)
		t->sports[i] = compile_regex("sports pattern", i, sports_sources[i].re);
	t->cue_pairs = xcalloc(65536 / 64, sizeof *t->cue_pairs);
	mark_sports_cue_pairs(t->cue_pairs);
	/* the whole match and up to seven groups (a scorecard's batting
	 * line: batsman, fielder and bowler, each in one of its branches) */
	t->sports_match = pcre2_match_data_create(8, NULL);
	if (t->sports_match == NULL)
		diag_fatal("out of memory (pcre2 match data)");
}

void
free_sports(struct tagger *t)
{
	for (size_t i = 0; i < NSPORTS; i++)
		pcre2_code_free(t->sports[i]);
	pcre2_match_data_free(t->sports_match);
	free(t->cue_pairs);
}

/* Whether text[at..to) goes on with a possessive and a person, by a
 * first name or the tagger's ("'s Lena Teslik", " \u2019s Lena"): the
 * name before it is the person's country or club, not a side ("Tarsk
 * 's Premier League rivals" is one). */
static bool
owns_next_name(const struct tagger *t, const char *text, size_t at, size_t to)
{
	size_t name;

	if (at < to && text[at] == ' ')
		at++;
	if (to - at >= 3 && memcmp(text + at, "'s ", 3) == 0)
		name = at + 3;
	else if (to - at >= 5 && memcmp(text + at, "\xe2\x80\x99s ", 5) == 0)
		name = at + 5;
	else
		return false;
	size_t end = name, m;
	while (end < to && end - name < 20 && text[end] != ' ')
		end++;
	return (end > name && name_sex(text + name, end - name) != NAME_UNKNOWN) ||
	    (mentions_overlapping(&t->found, name, name + 1, &m, 1) == 1 &&
	    t->found.v[m].start == name && t->found.v[m].type == PERSON);
}

/* Whether the verb after a side at text[at..to), in a headline of a
 * sport played alone, is a player's: in the singular ("BEATS", "DRAWS
 * WITH"), in the past ("KNOCKED OUT", "LOST TO"), or none; a team's is
 * in the plural ("OXFORD BEAT CAMBRIDGE" in a boat race). */
static bool
verb_of_players(const char *text, size_t at, size_t to)
{
	while (at < to && text[at] == ' ')
		at++;
	size_t end = at;
	while (end < to && text[end] != ' ')
		end++;
	const char *w = text + at;
	size_t n = end - at;
	return n < 2 || (w[n - 1] | 0x20) == 's' ||
	    (n > 2 && (w[n - 2] | 0x20) == 'e' && (w[n - 1] | 0x20) == 'd') ||
	    (n == 4 && strncasecmp(w, "LOST", 4) == 0);
}

/* Whether the name at text[at..) is a person's country or club: "of"
 * after the person's name ("Mira Orlova of Dravia"; not "two points
 * clear of Marnock"). */
static bool
of_a_person(const struct tagger *t, const char *text, size_t at)
{
	size_t m;

	if (at < 5 || memcmp(text + at - 4, " of ", 4) != 0)
		return false;
	return mentions_overlapping(&t->found, at - 5, at - 4, &m, 1) == 1 &&
	    t->found.v[m].end == at - 4 && t->found.v[m].type == PERSON;
}

/* Whether the last word of text[start, end), not its only one, is a
 * team's nickname in the plural ("Harlow Hornets", "CORRIN FALCONS"). */
static bool
ends_in_plural(const char *text, size_t start, size_t end)
{
	size_t last = end;

	while (last > start && text[last - 1] != ' ')
		last--;
	return last > start && is_plural_nickname(&(struct ner_tok){ text + last, end - last });
}

/* Whether the number of words of text[start, end) is two or three. */
static bool
two_or_three_words(const char *text, size_t start, size_t end)
{
	size_t words = 1;

	for (size_t k = start; k < end; k++)
		words += text[k] == ' ';
	return words >= 2 && words <= 3;
}

/* Whether side a (text[a0, a1), mention p), a person of two or three
 * words, ends in a plural as the other side (text[b0, b1), an
 * organisation q or nothing the tagger found) does, and neither opens
 * with a first name: a town and its nickname ("Harlow Hornets" beside
 * "Corrin Falcons"; not "Tom Roberts beat Dale Banks", "Ana Holmes
 * beat Lena Holmes"). */
static bool
nicknamed_like(const struct tagger *t, const char *text, size_t a0, size_t a1,
    size_t p, size_t b0, size_t b1, size_t q)
{
	if (p == SIZE_MAX || t->found.v[p].type != PERSON || !two_or_three_words(text, a0, a1) ||
	    !two_or_three_words(text, b0, b1) || !ends_in_plural(text, a0, a1) ||
	    !ends_in_plural(text, b0, b1) ||
	    name_sex(text + a0, first_word_end(text, a0, a1) - a0) != NAME_UNKNOWN ||
	    name_sex(text + b0, first_word_end(text, b0, b1) - b0) != NAME_UNKNOWN)
		return false;
	return q != SIZE_MAX ? t->found.v[q].type == ORG : is_letter_byte(text[b0], true);
}

/*
 * The two names of one match of pattern i at ov, made teams when they
 * can both be.  A results line or a fixture says so by its form, even of
 * a word the tagger took for a surname.  A result told in prose
 * ("Portvale beat Kessel") needs one side that the tagger found a place
 * or an organisation: "Kovac beat Lindqvist" is two players.
 */
static void
pairing(struct tagger *t, const char *text, size_t to, size_t i, const PCRE2_SIZE *whole)
{
	/* the sides less a headline's report words */
	PCRE2_SIZE ov[6] = { whole[0], whole[1], whole[2], side_end(text, whole[2], whole[3]),
	    whole[4], whole[4] == whole[5] ? whole[5] : side_end(text, whole[4], whole[5]) };
	size_t a, b, long_a = SIZE_MAX, long_b = SIZE_MAX;
	enum side sa = side(t, text, ov[2], ov[3], &a);
	/* A table's row has one name: its empty second group. */
	bool one = ov[4] == ov[5];
	enum side sb = one ? SIDE_NAME : side(t, text, ov[4], ov[5], &b);

	/* the tagger's name with the report words ("KESSIA SCOREBOARD")
	 * gives way to the side alone */
	if (sa == SIDE_NOT && (long_a = named_with_report(t, ov[2], ov[3], whole[3])) != SIZE_MAX) {
		sa = SIDE_NAME;
		a = long_a;
	}
	if (!one && sb == SIDE_NOT &&
	    (long_b = named_with_report(t, ov[4], ov[5], whole[5])) != SIZE_MAX) {
		sb = SIDE_NAME;
		b = long_b;
	}

	/* "Harlow Hornets beat Corrin Falcons": a side named like the
	 * other team, a town and a plural nickname, is a team too, where
	 * the tagger took it for a person */
	if (!one && sa == SIDE_NOT && (sb == SIDE_NAME || sb == SIDE_NONE) &&
	    nicknamed_like(t, text, ov[2], ov[3], a, ov[4], ov[5], b))
		sa = SIDE_NAME;
	if (!one && sb == SIDE_NOT && (sa == SIDE_NAME || sa == SIDE_NONE) &&
	    nicknamed_like(t, text, ov[4], ov[5], b, ov[2], ov[3], a))
		sb = SIDE_NAME;
	if (sa == SIDE_NOT && sports_sources[i].by_form &&
	    found_in_part(t, text, ov[2], ov[3]))
		sa = SIDE_NONE;
	if (sb == SIDE_NOT && !one && sports_sources[i].by_form &&
	    found_in_part(t, text, ov[4], ov[5]))
		sb = SIDE_NONE;
	if ((sa == SIDE_NONE && only_common_words(t, text, ov[2], ov[3])) ||
	    (sb == SIDE_NONE && !one && only_common_words(t, text, ov[4], ov[5])) ||
	    has_small_word_in_capitals(text, ov[2], ov[3]) ||
	    (!one && has_small_word_in_capitals(text, ov[4], ov[5])))
		return;
	/* a nationality is no team ("victory over Kessian forces"), found
	 * or missed by the tagger */
	if (!sports_sources[i].by_form && ((sa == SIDE_NONE &&
	    !may_open_team(t, text, ov[2], first_word_end(text, ov[2], ov[3]))) ||
	    qualifies_noun(text, ov[2], ov[3], to)))
		return;
	if (sa == SIDE_NOT || sb == SIDE_NOT ||
	    (sa == SIDE_NAME && t->found.v[a].type == NORP) ||
	    (!one && sb == SIDE_NAME && t->found.v[b].type == NORP))
		return;
	/* in a story of a sport played alone, a fixture's side the tagger
	 * took for a person is a player ("TENNIS - ...", then "Kuhnert v
	 * Marques"); its headline's result is told by its verb (below) */
	if (t->played_alone && sports_sources[i].cue == CUE_FIXTURE &&
	    whole[2] >= t->alone_headline_end && (sa == SIDE_WORD || (!one && sb == SIDE_WORD))) {
		/* and so is the other side, where the tagger missed it */
		if (sa == SIDE_NONE && mentions_make_room(&t->found, ov[2], ov[3]))
			add_mention(&t->found, ov[2], ov[3], PERSON);
		if (!one && sb == SIDE_NONE && mentions_make_room(&t->found, ov[4], ov[5]))
			add_mention(&t->found, ov[4], ov[5], PERSON);
		return;
	}
	if (!sports_sources[i].by_form && sa != SIDE_NAME && sb != SIDE_NAME)
		return;
	/* a result in the headline of a sport played alone is two players'
	 * when its verb is theirs ("TENNIS - ORLOVA BEATS TESLIK"), and so
	 * is one whose sides are a player's country or club ("Mira Orlova
	 * of Dravia beat Kessia 's Lena Teslik") */
	if (!sports_sources[i].by_form && ((whole[2] < t->alone_headline_end &&
	    verb_of_players(text, whole[3], whole[4])) ||
	    of_a_person(t, text, whole[2]) ||
	    (!one && owns_next_name(t, text, whole[5], to))))
		return;
	if (long_a != SIZE_MAX) {
		mention_remove(&t->found, long_a);
		a = SIZE_MAX;
	}
	if (long_b != SIZE_MAX) {
		mention_remove(&t->found, long_b);
		b = SIZE_MAX;
	}
	make_team(t, text, a, ov[2], ov[3]);
	if (!one)
		make_team(t, text, b, ov[4], ov[5]);
	if (sports_sources[i].scorers) {
		scorers(t, text, ov[3], ov[4]);
		scorers(t, text, ov[5], ov[1]);
	}
}

/*
 * "Ostrava striker Petr Malek", "Portvale coach Anna Brandt": the name
 * before a player's or a coach's role, itself before a capitalised
 * name, is the team: a place, an organisation or one word taken for a
 * surname the tagger found there becomes an ORG; where it found nothing,
 * the capitalised words are one, from the first that may open a name.
 * A nationality ("the Dravian captain") is a NORP, found or not; a
 * person named in full stays.
 */
static void
role_team(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	size_t start = ov[2], end = ov[3];
	size_t at = mention_ending(t, text, start, end);

	if (at != SIZE_MAX) {
		size_t a;
		struct mention *m = &t->found.v[at];
		enum side sd = side(t, text, m->start, m->end, &a);
		if (nationality_after_the(text, m->start, m->end)) {
			m->type = NORP;
			return;
		}
		if ((sd == SIDE_NAME && m->type != NORP) || sd == SIDE_WORD)
			make_team(t, text, a, m->start, m->end);
		return;
	}
	if (mentions_overlap(&t->found, start, end))
		return;
	for (;;) {
		const char *sp = memchr(text + start, ' ', end - start);
		size_t word_end = sp != NULL ? (size_t)(sp - text) : end;
		if (sp == NULL && nationality_after_the(text, start, end)) {
			add_mention(&t->found, start, end, NORP);
			return;
		}
		if (may_open_team(t, text, start, word_end))
			break;
		if (sp == NULL)
			return;
		start = word_end + 1;
	}
	make_team(t, text, SIZE_MAX, start, end);
}

/*
 * "Kessel are fourth", "Tolvern, who have not won in five games": a
 * place the sentence speaks of as plural is a team, as British sports
 * copy writes them: a place, an organisation or one word taken for a
 * surname the tagger found, or a word it missed that may open a name
 * ("They are", "Officials are" are none, "Americans are" a plural,
 * "Dravian" a nationality).
 */
static void
plural_team(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	size_t a;
	enum side sd = side(t, text, ov[2], ov[3], &a);

	if ((sd == SIDE_NAME && t->found.v[a].type != NORP) || sd == SIDE_WORD ||
	    (sd == SIDE_NONE && may_open_team(t, text, ov[2], ov[3])))
		make_team(t, text, a, ov[2], ov[3]);
}

/*
 * "Tarsk host Kessel on Friday": two names around a fixture's plural
 * verb are teams when both are names the tagger found, places,
 * organisations or one word taken for a surname, and one is more than
 * that word; never a nationality ("Dravians face ..." ends in s anyway,
 * "Dravian voters" is no name).
 */
static void
fixture_told(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	size_t a, b;
	enum side sa = side(t, text, ov[2], ov[3], &a);
	enum side sb = side(t, text, ov[4], ov[5], &b);

	/* a side the tagger missed may be a team when the other is a name
	 * it found and this one may open a name */
	bool oka = sa == SIDE_NAME || sa == SIDE_WORD ||
	    (sa == SIDE_NONE && sb == SIDE_NAME && may_open_team(t, text, ov[2], ov[3]));
	bool okb = sb == SIDE_NAME || sb == SIDE_WORD ||
	    (sb == SIDE_NONE && sa == SIDE_NAME && may_open_team(t, text, ov[4], ov[5]));

	if (!oka || !okb || (sa != SIDE_NAME && sb != SIDE_NAME) ||
	    (sa == SIDE_NAME && t->found.v[a].type == NORP) ||
	    (sb == SIDE_NAME && t->found.v[b].type == NORP))
		return;
	make_team(t, text, a, ov[2], ov[3]);
	make_team(t, text, b, ov[4], ov[5]);
}

/*
 * "At Velby : Kent 281 ...": the town a results line was played in is a
 * place, a GPE, whether the tagger took it for an organisation, a place
 * or one word of a person's name, or missed it (a word that may open a
 * name and is not a common one); a ground with a name of its own (a FAC,
 * "At Halvia Bank Stadium"), a region, a person named in full or a date
 * is left alone.
 */
static void
venue(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	size_t a;
	enum side sd = side(t, text, ov[2], ov[3], &a);

	if (sd == SIDE_NONE && may_open_team(t, text, ov[2], ov[3]) &&
	    !only_common_words(t, text, ov[2], ov[3])) {
		add_mention(&t->found, ov[2], ov[3], GPE);
		a = t->found.n - 1;
	} else if (!(sd == SIDE_WORD ||
	    (sd == SIDE_NAME && (t->found.v[a].type == ORG || t->found.v[a].type == GPE)))) {
		return;
	}
	t->found.v[a].type = GPE;
	t->found.v[a].team = false;
	t->found.v[a].place_by_form = true;
}

/* A mention's surface as a key, its ASCII case ignored as the story's
 * memory ignores it (ner_lower_key): "KESSEL AT PORTVALE" and "face
 * Kessel" name one team. */
static uint64_t
surface_key(const char *text, const struct mention *m)
{
	return ner_lower_key(text + m->start, m->end - m->start);
}

/* One sense in the record: the other mentions of a team's name, as a
 * place or as one word taken for a surname. */
static void
spread_teams(struct tagger *t, const char *text)
{
	struct hmap teams;
	bool found;
	uint32_t v;

	hmap_init(&teams, 16);
	for (size_t i = 0; i < t->found.n; i++)
		if (t->found.v[i].team)
			*hmap_slot(&teams, surface_key(text, &t->found.v[i]), &found) = 1;
	for (size_t i = 0; i < t->found.n; i++) {
		struct mention *o = &t->found.v[i];
		bool word_person = o->type == PERSON && o->title_start == o->start &&
		    memchr(text + o->start, ' ', o->end - o->start) == NULL;
		if (!o->team && !o->place_by_form && (o->type == GPE || o->type == LOC ||
		    o->type == NORP || word_person) && hmap_get(&teams, surface_key(text, o), &v)) {
			o->type = ORG;
			o->team = true;
		}
	}
	hmap_free(&teams);
}

/* Whether the match at ov of a headline's pattern follows a slug that
 * names a sport (SLUG opens the match at its line's start): "MARKETS -
 * LUMIGRID WINS 2 CONTRACTS" is no sport's. */
static bool
after_sport_slug(const char *text, const PCRE2_SIZE *ov, bool individual)
{
	return sport_slug_end(text + ov[0], ov[2] - ov[0], individual) != 0;
}

/*
 * "SOCCER - PORTVALE WIN CUP", "CHAMPIONS KESSEL SLIP": a headline's
 * subject before a verb in the plural is a team, after the words that
 * describe it ("CHAMPIONS", "TEN-MAN"), and not run on into words
 * written in lower case ("MAREK TAKES ONE-SHOT LEAD").
 */
static void
headline_team(struct tagger *t, const char *text, size_t to, size_t i,
    const PCRE2_SIZE *ov)
{
	PCRE2_SIZE side[6] = { ov[0], ov[1], ov[2], ov[3], ov[4], ov[5] };
	size_t at = ov[2];
	struct ner_tok w;

	while (next_word(text, &at, ov[3], &w) && describes_side(t, &w))
		side[2] = at;
	if (side[2] >= side[3] || runs_on_into_words(t, text, side[2], side[3]))
		return;
	/* the tagger's name with the words that describe the side ("LOWLY
	 * PORTVALE") gives way to the side alone */
	size_t described = side[2] > ov[2] ? mentions_at(&t->found, ov[2], side[3]) : SIZE_MAX;
	if (described != SIZE_MAX)
		t->found.v[described].start = t->found.v[described].title_start = side[2];
	pairing(t, text, to, i, side);
}

/* The sports patterns over text[from, to) (the record's text, or its
 * re-cased copy: the same bytes but their case); returns whether any
 * matched. */
static bool
match_sports(struct tagger *t, const struct doc_state *d, const char *text,
    size_t from, size_t to)
{
	bool any = false;
	unsigned cues = text_cues(t, text + from, to - from) |
	    (opens_line_with_digit(text + from, to - from) ? CUE_RANK : 0);
	/* sports copy: the story named a team, or the record has a cue
	 * other than the weak ones (a plural, a bracket, a draw, a rank) */
	bool sports = (d != NULL && d->sports) ||
	    (cues & ~(unsigned)(CUE_PLURAL | CUE_NATION | CUE_DRAW | CUE_RANK | CUE_TOLD));
	/* the one-sided results told need more than their own words (a
	 * vote is lost 52-48 too) and more than a role ("the fund
	 * manager"): the story, a results line, a table, a fixture, or a
	 * result told with a match's score */
	if ((d != NULL && d->sports) ||
	    (cues & (CUE_SCORE | CUE_ROW | CUE_FIXTURE | CUE_FIXTURE_TOLD | CUE_INNINGS)) ||
	    ((cues & (CUE_RESULT | CUE_TOLD)) && has_told_score(text + from, to - from, 20)))
		cues |= CUE_SPORTS;

	/* A place as a plural ("Kessel are fourth") is a team, and a name in
	 * brackets after a person a nation, only in sports copy: a story
	 * that named a team, or a record with another cue ("Europe are
	 * united on sanctions" is not; nor "Ed Roe (Labour)"). */
	if (!(d != NULL && d->sports)) {
		if (!sports)
			cues &= ~(unsigned)CUE_PLURAL;
		/* a bracket after a name is a nation only beside a score, a
		 * table, a fixture or a player's role ("Ed Roe (Labour) lost
		 * his seat" has a result's word) */
		if (!(cues & (CUE_SCORE | CUE_ROW | CUE_FIXTURE | CUE_ROLE)) &&
		    !((cues & CUE_RESULT) && has_told_score(text + from, to - from, 0)))
			cues &= ~(unsigned)CUE_NATION;
	}

	for (size_t i = 0; i < NSPORTS && cues != 0; i++) {
		if (!(cues & sports_sources[i].cue))
			continue;
		/* Mentions added by the pattern before go behind the index. */
		mentions_index(&t->found);
		size_t at = from, line = from, scanned = from;
		int pairs;	/* the whole match's and its groups' up to the last set */
		while (at < to && (pairs = pcre2_match(t->sports[i], (PCRE2_SPTR)text, to, at,
		    PCRE2_NO_UTF_CHECK, t->sports_match, NULL)) > 0) {
			const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->sports_match);
			enum sports_kind kind = sports_sources[i].after_slug &&
			    !after_sport_slug(text, ov, false) ? KIND_NONE : sports_sources[i].kind;
			switch (kind) {
			case KIND_NONE:
				break;
			case KIND_ROLE:
				role_team(t, text, ov);
				break;
			case KIND_PLURAL:
				plural_team(t, text, ov);
				break;
			case KIND_NATION:
				nation_of_player(t, text, ov);
				break;
			case KIND_SQUAD:
				squad_player(t, text, ov);
				break;
			case KIND_RANKED:
				/* the line's start, found forward: a line of
				 * many matches is read once */
				for (const char *nl; scanned < ov[2] && (nl = memchr(text + scanned,
				    '\n', ov[2] - scanned)) != NULL; scanned = line = (size_t)(nl - text) + 1)
					;
				scanned = ov[2] > scanned ? ov[2] : scanned;
				ranked_player(t, text, line, to, ov, sports);
				break;
			case KIND_FIXTURE_TOLD:
				fixture_told(t, text, ov);
				break;
			case KIND_VENUE:
				venue(t, text, ov);
				break;
			case KIND_HEADLINE_PLAYER:
				headline_player(t, text, ov, after_sport_slug(text, ov, true));
				break;
			case KIND_HEADLINE_TEAM:
				headline_team(t, text, to, i, ov);
				break;
			case KIND_SCORERS_LINE:
				scorers_line(t, text, ov);
				break;
			case KIND_SCORERS_LABELLED:
				labelled_scorers(t, text, ov);
				break;
			case KIND_LINEUP:
				lineup_line(t, text, ov);
				break;
			case KIND_CRICKET:
				cricket_players(t, ov, (uint32_t)pairs);
				break;
			case KIND_PAIRING:
				pairing(t, text, to, i, ov);
				break;
			}
			any = true;
			at = ov[1];
		}
	}
	return any;
}

void
find_teams(struct tagger *t, struct doc_state *d, const char *text, size_t len)
{
	sports_slug(t, d, text, len);
	bool any = match_sports(t, d, text, 0, len);
	/* A headline in capitals hides where its names start and end, and
	 * its verbs' case ("KESSEL HOLD PORTVALE TO DRAW"): its lines, the
	 * ones the re-cased copy changed, are matched again as a sentence
	 * would write them. */
	const char *recased = recased_capital_lines(t, text, len);

	for (size_t i = 0; recased != NULL && i < len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl != NULL ? (size_t)(nl - text) : len;
		if (memcmp(text + i, recased + i, end - i) != 0)
			any |= match_sports(t, d, recased, i, end);
		i = end + 1;
	}
	if (any)
		spread_teams(t, text);
	for (size_t i = 0; any && d != NULL && i < t->found.n; i++)
		d->sports |= t->found.v[i].team;
	/* what the teams took the place of goes before the story reads the
	 * mentions */
	mentions_compact(&t->found);
}
