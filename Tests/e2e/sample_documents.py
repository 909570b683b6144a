"""Sample toolkit documents in the Policy Toolkit's layout, in our own words.

Each language's document has a table of contents, a running head on every page,
two lettered sections, three good practices with key actions as numbered steps,
key actors as bullets and a footnote. `expected(language)` says what an import
must recover from it.
"""
import html

SAMPLES = {
    "en": {
        "head": "Sample Policy Toolkit — for tests",
        "toc": "Contents",
        "intro": "This sample document imitates the layout of the toolkit so that the import can be tested.",
        "practice": "Good Practice {n}: {title}",
        "actions": "Key actions", "step": "Step {n} – {text}", "actors": "Key actors",
        "sections": [("A", "Legal considerations", "The practices of this section deal with the law."),
                     ("B", "Research and information sharing", "The practices of this section deal with knowledge.")],
        "practices": [
            (1, "A", "Align the laws on crime and terrorism", "Laws should fit together and fit international standards.",
             ["Review the national laws.", "Compare them with the conventions.", "Amend what falls short."],
             ["Ministries of justice", "Parliaments"], None),
            (2, "A", "Strengthen the law against corruption", "Integrity in state institutions deters officials from illicit activity.",
             ["Assess the anti-corruption laws.", "Screen state bodies for risks.", "Promote integrity.", "Build capacity."],
             ["Public sector, national and local", "Private sector"], "See the United Nations Convention against Corruption."),
            (3, "B", "Share research on the nexus", "Research should look at the nexus as a whole.",
             ["Map what is known.", "Share it with practitioners."], ["Research institutes"], None),
        ],
    },
    "fr": {
        "head": "Exemple d'Outils de mise en place de politiques — pour les tests",
        "toc": "Table des matières",
        "intro": "Ce document imite la mise en page des Outils afin de tester l'import.",
        "practice": "Bonne pratique {n} : {title}",
        "actions": "Actions clés", "step": "Étape {n} – {text}", "actors": "Acteurs clés",
        "sections": [("A", "Considérations juridiques", "Les pratiques de cette section portent sur le droit."),
                     ("B", "Recherche et partage d'informations", "Les pratiques de cette section portent sur la connaissance.")],
        "practices": [
            (1, "A", "Harmoniser les lois sur la criminalité et le terrorisme", "Les lois doivent être cohérentes entre elles et avec les normes internationales.",
             ["Examiner les lois nationales.", "Les comparer aux conventions.", "Modifier ce qui est insuffisant."],
             ["Ministères de la justice", "Parlements"], None),
            (2, "A", "Renforcer la législation anticorruption", "L'intégrité des institutions publiques dissuade les agents de toute activité illicite.",
             ["Évaluer les lois anticorruption.", "Examiner les risques des organes de l'État.", "Promouvoir l'intégrité.", "Renforcer les capacités."],
             ["Secteur public, national et local", "Secteur privé"], "Voir la Convention des Nations Unies contre la corruption."),
            (3, "B", "Partager la recherche sur les liens", "La recherche doit examiner ces liens dans leur ensemble.",
             ["Recenser ce qui est connu.", "Le partager avec les praticiens."], ["Instituts de recherche"], None),
        ],
    },
    "ar": {
        "head": "نموذج لمجموعة أدوات السياسات — للاختبارات",
        "toc": "المحتويات",
        "intro": "تحاكي هذه الوثيقة النموذجية تخطيط مجموعة الأدوات لاختبار الاستيراد.",
        "practice": "الممارسة الجيدة {n}: {title}",
        "actions": "الإجراءات الرئيسية", "step": "الخطوة {n} – {text}", "actors": "الجهات الفاعلة الرئيسية",
        "sections": [("أ", "الاعتبارات القانونية", "تتناول ممارسات هذا القسم القانون."),
                     ("ب", "البحث وتبادل المعلومات", "تتناول ممارسات هذا القسم المعرفة.")],
        "practices": [
            (1, "أ", "مواءمة القوانين المتعلقة بالجريمة والإرهاب", "ينبغي أن تكون القوانين متسقة فيما بينها ومع المعايير الدولية.",
             ["استعراض القوانين الوطنية.", "مقارنتها بالاتفاقيات.", "تعديل ما هو قاصر."],
             ["وزارات العدل", "البرلمانات"], None),
            (2, "أ", "تعزيز قانون مكافحة الفساد", "تردع النزاهة في مؤسسات الدولة الموظفين عن الأنشطة غير المشروعة.",
             ["تقييم قوانين مكافحة الفساد.", "فحص مخاطر أجهزة الدولة.", "تعزيز النزاهة.", "بناء القدرات."],
             ["القطاع العام على الصعيدين الوطني والمحلي", "القطاع الخاص"], "انظر اتفاقية الأمم المتحدة لمكافحة الفساد."),
            (3, "ب", "تبادل البحوث بشأن الصلة", "ينبغي أن تتناول البحوث الصلة بمجملها.",
             ["حصر ما هو معروف.", "تبادله مع الممارسين."], ["معاهد البحوث"], None),
        ],
    },
}


def document_html(language):
    """The sample document as print-ready HTML: one <section> per printed page."""
    sample = SAMPLES[language]
    direction = "rtl" if language == "ar" else "ltr"
    e = html.escape
    pages = []
    toc = [f"<p>{e(letter)}. {e(title)}</p>" for letter, title, _ in sample["sections"]]
    toc += [f"<p>{e(sample['practice'].format(n=n, title=title))} .......... {n + 1}</p>" for n, _, title, *_ in sample["practices"]]
    pages.append(f"<h1>{e(sample['toc'])}</h1>" + "".join(toc))
    pages.append(f"<p>{e(sample['intro'])}</p>")
    for letter, title, overview in sample["sections"]:
        body = [f"<h2>{e(letter)}. {e(title)}</h2>", f"<p>{e(overview)}</p>"]
        for n, section, practice_title, text, steps, actors, footnote in sample["practices"]:
            if section != letter:
                continue
            marker = "<sup>6</sup>" if footnote else ""
            body.append(f"<h3>{e(sample['practice'].format(n=n, title=practice_title))}</h3>")
            body.append(f"<p>{e(text[:-1])}{marker}{e(text[-1])}</p>")
            body.append(f"<h4>{e(sample['actions'])}</h4>")
            body += [f"<p>{e(sample['step'].format(n=i + 1, text=step))}</p>" for i, step in enumerate(steps)]
            body.append(f"<h4>{e(sample['actors'])}</h4><ul>" + "".join(f"<li>{e(a)}</li>" for a in actors) + "</ul>")
            if footnote:
                body.append(f"<p class='foot'>6 {e(footnote)}</p>")
            pages.append("".join(body))
            body = []
        if body:
            pages.append("".join(body))
    sections = "".join(f"<section><p class='head'>{e(sample['head'])}</p>{page}</section>" for page in pages)
    return f"""<!doctype html><html lang="{language}" dir="{direction}"><head><meta charset="utf-8">
<style>
  @page {{ size: A4; margin: 20mm; }}
  body {{ font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif; font-size: 11pt; }}
  section {{ break-after: page; position: relative; min-height: 240mm; }}
  .head {{ font-size: 9pt; color: #555; }}
  .foot {{ position: absolute; bottom: 0; font-size: 8pt; }}
</style></head><body>{sections}</body></html>"""


def expected(language):
    """What the import must recover: [(number, section letter, title, steps, actors, has footnote)]."""
    sample = SAMPLES[language]
    latin = {"أ": "A", "ب": "B"}
    return [(n, latin.get(section, section), title, steps, actors, footnote)
            for n, section, title, _, steps, actors, footnote in sample["practices"]]
