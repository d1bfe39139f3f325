"""Words that tell what a sentence claims: predicates, titles, counters, incidents.

Each property is a list of candidate names, English first; the registry's property list (when
it has one) picks the first candidate it knows, by id or alias, so a case's own vocabulary wins.
Candidates are general news vocabulary, not words of any one article.
"""

from __future__ import annotations

# Korean predicate nouns (참석하다 → 참석) and what a count or a list with them is.
KOREAN_PREDICATES: dict[str, list[str]] = {
    "참석": ["attendees", "참석자", "참석"],
    "방문": ["visitors", "방문객", "방문"],
    "관람": ["visitors", "관람객", "관람"],
    "참가": ["participants", "참가자", "참가"],
    "참여": ["participants", "참여자", "참여"],
    "전시": ["exhibitors", "전시 기업", "전시"],
    "개최": ["organizers", "주최", "개최"],
    "주최": ["organizers", "주최"],
    "주관": ["organizers", "주관"],
    "진행": ["organizers", "진행"],
    "출범": ["organizers", "출범"],
    "사망": ["deaths", "사망자", "사망"],
    "숨지": ["deaths", "사망자"],
    "부상": ["injured", "부상자", "부상"],
    "다치": ["injured", "부상자"],
    "실종": ["missing", "실종자", "실종"],
    "확진": ["cases", "확진자", "확진"],
    "신청": ["applicants", "신청자", "신청"],
    "지원": ["recipients", "지원", "support"],
    "투입": ["deployed", "투입"],
    "대피": ["evacuated", "대피"],
    "구성": ["composition", "구성"],
    "채용": ["hires", "채용"],
    "판매": ["sales", "판매"],
}
# Predicates of something taking place: the date of that thing is its own `date`.
KOREAN_HAPPENINGS = {
    "개최",
    "열리",
    "열",
    "진행",
    "출범",
    "시작",
    "개막",
    "폐막",
    "계약",
    "체결",
    "발표",
    "출시",
    "개통",
    "개관",
    "개장",
    "준공",
    "착공",
    "창립",
    "발족",
    "설립",
}
# Happenings whose subject is what happened (X는 이날 출범했다): property names of the date.
KOREAN_SUBJECT_HAPPENINGS: dict[str, list[str]] = {
    "출범": ["founding_date", "launch_date", "출범일"],
    "창립": ["founding_date", "창립일"],
    "발족": ["founding_date", "launch_date", "발족일"],
    "설립": ["founding_date", "설립일"],
    "열리": ["date", "날짜", "일시"],
    "개막": ["start_date", "개막일", "시작일"],
    "개통": ["opening_date", "개통일"],
    "개관": ["opening_date", "개관일"],
    "개장": ["opening_date", "개장일"],
    "준공": ["completion_date", "준공일"],
    "착공": ["construction_start", "착공일"],
    "출시": ["release_date", "출시일"],
    "폐막": ["end_date", "폐막일", "종료일"],
}
KOREAN_FOUNDINGS = frozenset({"출범", "창립", "발족", "설립"})
# Incidents: a date of one is the incident's date; a sentence with one is caveat-like.
KOREAN_INCIDENTS: dict[str, list[str]] = {
    "장애": ["outage", "장애"],
    "마비": ["outage", "마비"],
    "중단": ["disruption", "suspension", "중단"],
    "사고": ["accident", "사고"],
    "화재": ["fire", "화재"],
    "취소": ["cancellation", "취소"],
    "연기": ["postponement", "연기"],
    "지연": ["delay", "지연"],
    "파업": ["strike", "파업"],
    "논란": ["controversy", "논란"],
    "차질": ["setbacks", "차질"],
}
CAVEAT_PROPERTIES = [
    "caveat",
    "caveats",
    "setbacks",
    "problems",
    "concerns",
    "문제",
    "차질",
    "우려",
]
QUOTE_PROPERTIES = ["quotes", "quote", "remarks", "발언", "said"]
AFFILIATION_PROPERTIES = ["affiliation", "position", "title", "소속", "직책"]
DATE_PROPERTIES = ["date", "날짜", "일시"]
END_DATE_PROPERTIES = ["end_date", "마지막 날", "종료일"]
START_DATE_PROPERTIES = ["start_date", "첫날", "시작일"]
DURATION_PROPERTIES = ["duration", "기간"]
VENUE_PROPERTIES = ["venue", "장소", "location"]
SHARE_SUFFIXES = ["비율", "비중", "share"]
CITY_PROPERTIES = ["city", "도시", "개최 도시"]
DISTRICT_PROPERTIES = ["district", "자치구", "구"]
COUNTY_PROPERTIES = ["county", "군"]
PROVINCE_PROPERTIES = ["province", "광역자치단체", "도"]
OCCASION_PROPERTIES = ["occasion", "held during", "계기 행사"]
PROGRAM_PROPERTIES = ["within_program", "program segment", "세부 프로그램"]
COUNTERPARTY_PROPERTIES = ["counterparty", "계약 상대", "partner"]
CONTRACTOR_PROPERTIES = ["contractor", "계약 기업", "party"]
# Predicates of an agreement between two parties (A와 X을 계약하다, A와 체결한 X).
KOREAN_AGREEMENTS = frozenset({"계약", "체결", "협약", "수주"})
# Leading posts of an organisation (의장은 X이 맡는다) and the property each one is.
HEAD_ROLES: dict[str, list[str]] = {
    "의장": ["chair", "chairperson", "의장"],
    "공동의장": ["co_chairs", "chair", "공동의장"],
    "위원장": ["chair", "chairperson", "위원장"],
    "이사장": ["chair", "chairperson", "이사장"],
    "회장": ["president", "chair", "회장"],
    "대표": ["head", "representative", "대표"],
    "단장": ["head", "단장"],
    "원장": ["head", "원장"],
    "사장": ["president", "사장"],
}

# Titles that follow a person's name (longest first where one ends another).
KOREAN_TITLES = sorted(
    {
        "대통령",
        "국무총리",
        "총리",
        "부총리",
        "장관",
        "차관",
        "위원장",
        "부위원장",
        "위원",
        "의장",
        "부의장",
        "회장",
        "부회장",
        "이사장",
        "사장",
        "부사장",
        "원장",
        "부원장",
        "대표",
        "대표이사",
        "실장",
        "국장",
        "과장",
        "청장",
        "차장",
        "처장",
        "총장",
        "시장",
        "도지사",
        "지사",
        "구청장",
        "군수",
        "의원",
        "교수",
        "연구원",
        "본부장",
        "센터장",
        "단장",
        "소장",
        "부장",
        "팀장",
        "이사",
        "상무",
        "전무",
        "감독",
        "대변인",
        "비서관",
        "수석",
        "대사",
        "판사",
        "검사",
        "변호사",
        "기자",
    },
    key=lambda title: (-len(title), title),
)
# Endings of organisation names (행정안전부, 정부혁신위원회, 한국조폐공사, 진흥원, 협회).
ORGANIZATION_SUFFIXES = (
    "부",
    "처",
    "청",
    "원",
    "위원회",
    "회",
    "협회",
    "공사",
    "공단",
    "재단",
    "은행",
    "센터",
    "연구소",
    "대학교",
    "대학",
    "학교",
    "그룹",
    "전자",
    "통신",
    "네트워크",
    "얼라이언스",
    "기구",
    "연합",
    "사",
)
# Generic nouns that refer back to the story's event (이번 박람회, 행사).
EVENT_NOUNS = (
    "박람회",
    "행사",
    "대회",
    "축제",
    "전시회",
    "회의",
    "포럼",
    "선포식",
    "출범식",
    "기념식",
    "개막식",
    "개통식",
    "개관식",
    "준공식",
    "착공식",
    "기공식",
    "폐막식",
    "시상식",
    "총회",
    "세미나",
    "콘퍼런스",
    "엑스포",
    "정상회의",
)
COUNTERS = (
    "개 기관",
    "개기관",
    "개사",
    "개국",
    "개소",
    "개",
    "곳",
    "명",
    "건",
    "가구",
    "대",
    "회",
    "차례",
    "배",
    "톤",
    "원",
    "달러",
    "유로",
    "엔",
    "km",
    "㎞",
    "m",
    "%",
    "퍼센트",
    "세",
    "채",
    "마리",
)

ENGLISH_PREDICATES: dict[str, list[str]] = {
    "attend": ["attendees", "참석자"],
    "visit": ["visitors", "방문객"],
    "participat": ["participants", "참여 기관"],
    "take part": ["participants", "참여 기관"],
    "join": ["participants"],
    "exhibit": ["exhibitors", "전시 기업"],
    "host": ["organizers", "주최"],
    "organi": ["organizers", "주최"],
    "kill": ["deaths", "사망자"],
    "die": ["deaths", "사망자"],
    "injur": ["injured", "부상자"],
}
ENGLISH_TITLES = sorted(
    {
        "President",
        "Prime Minister",
        "Minister",
        "Vice Minister",
        "Deputy Minister",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Chairperson",
        "CEO",
        "Chief Executive",
        "Director",
        "Head",
        "Secretary",
        "Governor",
        "Mayor",
        "Commissioner",
        "Ambassador",
        "Professor",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Senator",
        "Representative",
        "Administrator",
        "President and CEO",
    },
    key=lambda title: (-len(title), title),
)
ENGLISH_INCIDENTS: dict[str, list[str]] = {
    "outage": ["outage", "장애"],
    "suspend": ["disruption", "suspension", "중단"],
    "cancel": ["cancellation", "취소"],
    "postpone": ["postponement", "연기"],
    "delay": ["delay", "지연"],
    "accident": ["accident", "사고"],
    "fire": ["fire", "화재"],
    "strike": ["strike", "파업"],
}
ORGANIZER_PROPERTIES = ["organizers", "주최", "hosts"]
SIGNIFICANCE_PROPERTIES = ["significance", "의미", "의의"]
PURPOSE_PROPERTIES = ["purpose", "goal", "목적", "취지"]
PLEDGE_PROPERTIES = ["pledge", "commitment", "다짐"]
PLAN_PROPERTIES = ["planned_activity", "plans", "향후 계획", "예정"]
FUNCTION_PROPERTIES = ["function", "기능", "what it does"]
# English verbs right before an amount or a date, and what that amount or date is.
ENGLISH_AMOUNT_VERBS: dict[str, list[str]] = {
    "cost": ["cost", "비용", "사업비"],
    "costs": ["cost", "비용", "사업비"],
    "costing": ["cost", "비용", "사업비"],
    "budget of": ["budget", "예산"],
    "worth": ["value", "가치"],
    "raised": ["funds_raised", "모금액"],
}
ENGLISH_DATE_VERBS: dict[str, list[str]] = {
    "opened": ["opening_date", "개통일", "개관일"],
    "opens": ["opening_date", "개통일", "개관일"],
    "inaugurated": ["opening_date", "개통일", "개관일"],
    "launched": ["launch_date", "출범일"],
    "founded": ["founding_date", "창립일"],
    "completed": ["completion_date", "준공일"],
    "closed": ["end_date", "종료일"],
    "ended": ["end_date", "종료일"],
    "ends": ["end_date", "종료일"],
    "began": ["start_date", "시작일"],
    "started": ["start_date", "시작일"],
}
# Lengths written as an adjective ("the 4.5-kilometre bridge"): the thing's length.
LENGTH_PROPERTIES = ["length", "길이", "총 길이"]
# Who made or runs a thing ("built by X", "X가 시공했다"): the property of that agent.
ENGLISH_AGENTS: dict[str, list[str]] = {
    "built": ["builder", "시공사", "constructor"],
    "constructed": ["builder", "시공사", "constructor"],
    "designed": ["designer", "설계"],
    "operated": ["operator", "운영사"],
    "developed": ["developer", "개발사"],
    "made": ["maker", "manufacturer"],
}
KOREAN_AGENTS: dict[str, list[str]] = {
    "시공": ["builder", "시공사", "시공"],
    "건설": ["builder", "시공사", "건설"],
    "설계": ["designer", "설계"],
    "운영": ["operator", "운영사", "운영"],
    "개발": ["developer", "개발사", "개발"],
}
ENGLISH_EVENT_NOUNS = (
    "ceremony",
    "expo",
    "festival",
    "conference",
    "summit",
    "forum",
    "fair",
    "games",
    "tournament",
    "match",
    "final",
    "rally",
    "meeting",
)
# Korean nouns that name what an amount is (사업비 6천억 원, 총 길이 4.2km): general news
# vocabulary, read before the predicate (…이 투입됐다 says how, not what).
KOREAN_AMOUNT_NOUNS: dict[str, list[str]] = {
    "길이": LENGTH_PROPERTIES,
    "연장": LENGTH_PROPERTIES,
    "사업비": ["cost", "사업비", "비용"],
    "공사비": ["cost", "공사비", "비용"],
    "비용": ["cost", "비용"],
    "예산": ["budget", "예산"],
    "면적": ["area", "면적"],
}
