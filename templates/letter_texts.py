"""The words of the six shipped letters, block by block; build_templates.py lays them out.

``**bold**`` marks bold text; ``{{ field }}`` and ``{%p … %}`` are docxtpl fields and paragraph tags
(see README.md for every field).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    kind: str  # text | heading | bullet | number | small | figures (money) | facts
    text: str = ""
    rows: tuple[tuple[str, str, bool], ...] = field(default=())


@dataclass(frozen=True)
class Letter:
    title: str
    signer: str
    blocks: tuple[Block, ...]


def T(text: str) -> Block:
    return Block("text", text)


def H(text: str) -> Block:
    return Block("heading", text)


OBJECTION = (
    H("Hinweis zu Einwendungen"),
    T("Sind Sie mit dieser Entscheidung nicht einverstanden, können Sie innerhalb eines Monats nach Zugang dieses "
      "Schreibens schriftlich Einwendungen bei der Baden-Württemberg International GmbH, Haus der Wirtschaft, "
      "Willi-Bleicher-Straße 19, 70174 Stuttgart, erheben. Bitte geben Sie dabei das Aktenzeichen {{ reference }} an."),
)

EFRE_NOTE = (
    Block("text", "{%p if efre %}"),
    H("Förderung aus dem EFRE"),
    T("Dieser Gutschein wird aus {{ funding_text }} finanziert. Bitte weisen Sie in Ihrer Kommunikation zur Maßnahme "
      "auf die Unterstützung durch die Europäische Union hin (Art. 47 und 50 der Verordnung (EU) 2021/1060). Ihr "
      "Unternehmen wird mit dem Vorhaben in der Liste der geförderten Vorhaben veröffentlicht (Art. 49 der "
      "Verordnung (EU) 2021/1060). Unterlagen zum Vorhaben sind für Prüfungen der EU und des Landes bereitzuhalten."),
    Block("text", "{%p endif %}"),
)

APPROVAL = Letter("Bewilligung", "{{ signer_name }}", (
    T("auf Ihren Antrag vom {{ receipt_date }} bewilligen wir Ihnen einen **Internationalisierungsgutschein** "
      "für die Teilnahme an der folgenden Maßnahme:"),
    Block("facts", rows=(
        ("Maßnahme", "{{ measure_code }} – {{ measure_title }}", False),
        ("Art der Maßnahme", "{{ measure_type }}", False),
        ("Zielland und Ort", "{{ measure_place }}", False),
        ("Zeitraum", "{{ measure_period }}", False),
        ("Zielfeld", "{{ theme_name }}", False),
        ("Cluster/Netzwerk", "{{ cluster_name }}", False),
    )),
    H("Höhe des Gutscheins"),
    T("Der Gutschein ist ein Zuschuss in Höhe von {{ rate }} der förderfähigen Nettokosten, höchstens "
      "{{ cap }}, abgerundet auf volle Euro (Anteilfinanzierung):"),
    Block("figures", rows=(
        ("Förderfähige Kosten laut Antrag (netto)", "{{ eligible_costs }}", False),
        ("Fördersatz", "{{ rate }}", False),
        ("Höchstbetrag je Gutschein", "{{ cap }}", False),
        ("Bewilligter Betrag", "{{ approved_amount }}", True),
    )),
    Block("text", "{%p if request_reduced %}"),
    T("Beantragt hatten Sie {{ requested_amount }}; nach den Programmbedingungen können wir höchstens den "
      "oben genannten Betrag bewilligen."),
    Block("text", "{%p endif %}"),
    T("Der bewilligte Betrag ist ein Höchstbetrag. Ausgezahlt werden {{ rate }} der im Verwendungsnachweis "
      "nachgewiesenen förderfähigen Kosten, höchstens {{ approved_amount }}. Die Mittel stammen aus "
      "{{ funding_text }} (Haushaltsjahr {{ budget_year }})."),
    H("Verwendungsnachweis"),
    T("Bitte reichen Sie den Verwendungsnachweis – einen kurzen Sachbericht und eine Aufstellung der angefallenen "
      "Kosten mit Belegliste – bis spätestens **{{ proof_due_date }}** ein. Liegt bis dahin kein "
      "Verwendungsnachweis vor, verfällt der Gutschein und die gebundenen Mittel werden freigegeben."),
    H("Nebenbestimmungen"),
    Block("number", "Der Gutschein gilt nur für die genannte Maßnahme und das antragstellende Unternehmen; er ist "
                    "nicht übertragbar."),
    Block("number", "Förderfähig sind nur die Nettokosten der Teilnahme (z. B. Teilnahmegebühr, Standkosten, Reise- "
                    "und Dolmetscherkosten). Die Umsatzsteuer ist nicht förderfähig."),
    Block("number", "Änderungen, insbesondere eine Absage der Teilnahme, teilen Sie uns bitte unverzüglich mit."),
    Block("number", "Bewahren Sie die Originalbelege mindestens fünf Jahre nach Vorlage des Verwendungsnachweises "
                    "auf, soweit nicht andere Vorschriften eine längere Frist bestimmen."),
    Block("number", "Wird der Gutschein nicht zweckentsprechend verwendet oder werden diese Bestimmungen nicht "
                    "eingehalten, können wir die Bewilligung ganz oder teilweise widerrufen und bereits gezahlte "
                    "Beträge zurückfordern."),
    Block("number", "Ein Rechtsanspruch auf die Förderung besteht nicht; sie erfolgt im Rahmen der verfügbaren "
                    "Haushaltsmittel."),
    H("De-minimis-Bescheinigung"),
    T("Der Gutschein ist eine De-minimis-Beihilfe nach der **{{ deminimis_basis }}** {{ deminimis_basis_title }}."),
    Block("facts", rows=(
        ("Beihilfeempfänger", "{{ company_name }}", False),
        ("Gewährende Stelle", "{{ granting_body }}", False),
        ("Tag der Gewährung", "{{ grant_date }}", False),
        ("Beihilfebetrag (Subventionswert)", "{{ deminimis_amount }}", True),
    )),
    T("Die einem einzigen Unternehmen gewährten De-minimis-Beihilfen dürfen in einem Zeitraum von "
      "{{ deminimis_period }} insgesamt {{ deminimis_ceiling }} nicht übersteigen. Bitte bewahren Sie diese "
      "Bescheinigung zehn Jahre auf, legen Sie sie auf Anforderung vor und geben Sie die Beihilfe bei künftigen "
      "Anträgen auf De-minimis-Beihilfen an."),
    *EFRE_NOTE,
    *OBJECTION,
    T("Wir wünschen Ihnen eine erfolgreiche Teilnahme. Bei Fragen wenden Sie sich bitte an {{ clerk_name }}."),
))

REJECTION = Letter("Ablehnung", "{{ signer_name }}", (
    T("für Ihren Antrag vom {{ receipt_date }} auf einen Internationalisierungsgutschein für die Maßnahme "
      "{{ measure_code }} „{{ measure_title }}“ ({{ measure_place }}, {{ measure_period }}) danken wir Ihnen. "
      "Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir den Antrag **nicht bewilligen** können."),
    H("Begründung"),
    Block("text", "{%p if failed_rules %}"),
    T("Wir haben Ihren Antrag nach den Fördervoraussetzungen des Programms geprüft. Folgende Voraussetzungen sind "
      "nicht erfüllt:"),
    Block("text", "{%p for item in failed_rules %}"),
    Block("bullet", "**{{ item.title }}:** {{ item.reason }}"),
    Block("text", "{%p endfor %}"),
    Block("text", "{%p endif %}"),
    Block("text", "{%p if decision_reason %}"),
    T("{{ 'Ergänzend weisen wir auf Folgendes hin' if failed_rules else 'Die Entscheidung beruht auf Folgendem' }}: "
      "{{ decision_reason }}"),
    Block("text", "{%p endif %}"),
    T("Ein Rechtsanspruch auf die Förderung besteht nicht. Für künftige Maßnahmen können Sie gern einen neuen Antrag "
      "stellen, wenn die Voraussetzungen dann erfüllt sind."),
    *OBJECTION,
    T("Bei Fragen wenden Sie sich bitte an {{ clerk_name }}."),
))

PAYOUT = Letter("Auszahlung", "{{ signer_name }}", (
    T("für die Maßnahme {{ measure_code }} „{{ measure_title }}“ ({{ measure_place }}, {{ measure_period }}) haben "
      "wir Ihren Verwendungsnachweis vom {{ proof_received_date }} geprüft. Den Internationalisierungsgutschein "
      "zahlen wir wie folgt aus:"),
    Block("figures", rows=(
        ("Bewilligter Betrag (Bewilligung vom {{ approval_date }})", "{{ approved_amount }}", False),
        ("Anerkannte förderfähige Kosten (netto)", "{{ actual_costs }}", False),
        ("Fördersatz", "{{ rate }}", False),
        ("Auszahlungsbetrag", "{{ payout_amount }}", True),
        ("Nicht in Anspruch genommen (freigegeben)", "{{ released_amount }}", False),
    )),
    T("Der Auszahlungsbetrag ist {{ rate }} der anerkannten Kosten, höchstens der bewilligte Betrag, abgerundet auf "
      "volle Euro. Die Auszahlung wurde am {{ payout_date }} angewiesen; der Betrag wird in den nächsten Tagen auf "
      "Ihr Konto überwiesen."),
    Block("text", "{%p if released %}"),
    T("Der nicht ausgezahlte Teil der Bewilligung von {{ released_amount }} ist damit erledigt und wird für andere "
      "Vorhaben freigegeben."),
    Block("text", "{%p endif %}"),
    H("De-minimis-Beihilfe"),
    T("Als De-minimis-Beihilfe nach der {{ deminimis_basis }} gilt nun der ausgezahlte Betrag von "
      "**{{ deminimis_amount }}**, gewährt am {{ grant_date }} durch die {{ granting_body }}. Bitte "
      "berücksichtigen Sie diesen Betrag in künftigen De-minimis-Erklärungen und bewahren Sie dieses Schreiben "
      "zehn Jahre auf."),
    T("Bitte bewahren Sie die Originalbelege mindestens fünf Jahre nach Vorlage des Verwendungsnachweises auf. "
      "Wir und die prüfenden Stellen des Landes{{ ' und der EU' if efre else '' }} können sie anfordern."),
    *EFRE_NOTE,
    T("Wir danken Ihnen für die Teilnahme und wünschen Ihnen viel Erfolg auf den Auslandsmärkten."),
))

REMINDER = Letter("Erinnerung an den Verwendungsnachweis", "{{ clerk_name }}", (
    Block("text", "{%p if overdue %}"),
    T("für die Maßnahme {{ measure_code }} „{{ measure_title }}“ ({{ measure_place }}, {{ measure_period }}) haben "
      "wir Ihnen am {{ approval_date }} einen Internationalisierungsgutschein über {{ approved_amount }} bewilligt. "
      "Der Verwendungsnachweis war **bis zum {{ proof_due_date }}** einzureichen; die Frist ist seit "
      "{{ days_overdue }} Tagen **abgelaufen**, und uns liegt noch kein Verwendungsnachweis vor."),
    T("Bitte reichen Sie den Verwendungsnachweis umgehend ein. Liegt er nicht vor, verfällt der Gutschein und "
      "die gebundenen Mittel werden für andere Vorhaben freigegeben."),
    Block("text", "{%p else %}"),
    T("für die Maßnahme {{ measure_code }} „{{ measure_title }}“ ({{ measure_place }}, {{ measure_period }}) haben "
      "wir Ihnen am {{ approval_date }} einen Internationalisierungsgutschein über {{ approved_amount }} bewilligt. "
      "Wir erinnern Sie daran, dass der Verwendungsnachweis **bis zum {{ proof_due_date }}** einzureichen ist "
      "(noch {{ days_left }} Tage)."),
    T("Liegt bis dahin kein Verwendungsnachweis vor, verfällt der Gutschein und die gebundenen Mittel werden für "
      "andere Vorhaben freigegeben."),
    Block("text", "{%p endif %}"),
    Block("facts", rows=(
        ("Bewilligter Betrag", "{{ approved_amount }}", False),
        ("Bewilligt am", "{{ approval_date }}", False),
        ("Frist Verwendungsnachweis", "{{ proof_due_date }}", True),
    )),
    H("Was zum Verwendungsnachweis gehört"),
    Block("bullet", "ein kurzer Sachbericht über die Teilnahme an der Maßnahme,"),
    Block("bullet", "eine Aufstellung der angefallenen förderfähigen Nettokosten mit Belegliste,"),
    Block("bullet", "Kopien der Rechnungen und Zahlungsnachweise."),
    T("Haben Sie den Verwendungsnachweis in den letzten Tagen bereits abgeschickt, betrachten Sie dieses Schreiben "
      "bitte als gegenstandslos. Bei Fragen wenden Sie sich bitte an {{ clerk_name }}."),
))

REVOCATION = Letter("Widerruf der Bewilligung", "{{ signer_name }}", (
    T("mit Bescheid vom {{ approval_date }} haben wir Ihnen für die Maßnahme {{ measure_code }} „{{ measure_title }}“ "
      "({{ measure_place }}, {{ measure_period }}) einen Internationalisierungsgutschein über {{ approved_amount }} "
      "bewilligt. Diese Bewilligung **widerrufen** wir hiermit mit Wirkung für die Vergangenheit "
      "(Widerruf vom {{ revocation_date }})."),
    H("Begründung"),
    T("{{ decision_reason }}"),
    Block("text", "{%p if repayment %}"),
    H("Rückforderung"),
    T("Am {{ payout_date }} haben wir Ihnen {{ payout_amount }} ausgezahlt. Mit dem Widerruf ist dieser Betrag "
      "zu erstatten:"),
    Block("figures", rows=(
        ("Ausgezahlter Betrag", "{{ payout_amount }}", False),
        ("Zu erstattender Betrag", "{{ repayment_amount }}", True),
    )),
    T("Bitte überweisen Sie **{{ repayment_amount }}** innerhalb eines Monats nach Zugang dieses Schreibens an die "
      "Baden-Württemberg International GmbH und geben Sie als Verwendungszweck das Aktenzeichen {{ reference }} an. "
      "Der Erstattungsbetrag ist nach den gesetzlichen Vorschriften zu verzinsen."),
    Block("text", "{%p else %}"),
    T("Ausgezahlt wurde noch nichts; eine Rückforderung entfällt. Die gebundenen Mittel werden für andere Vorhaben "
      "freigegeben."),
    Block("text", "{%p endif %}"),
    H("De-minimis-Beihilfe"),
    T("Die De-minimis-Bescheinigung aus der Bewilligung vom {{ approval_date }} ist damit gegenstandslos{{ "
      "', sobald der Betrag erstattet ist' if repayment else '' }}. Bitte berücksichtigen Sie dies in künftigen "
      "De-minimis-Erklärungen."),
    *OBJECTION,
    T("Bei Fragen wenden Sie sich bitte an {{ clerk_name }}."),
))

AMENDMENT = Letter("Änderungsbescheid", "{{ signer_name }}", (
    T("mit Bescheid vom {{ approval_date }} haben wir Ihnen für die Maßnahme {{ measure_code }} „{{ measure_title }}“ "
      "({{ measure_place }}, {{ measure_period }}) einen Internationalisierungsgutschein bewilligt. Diese Bewilligung "
      "**ändern** wir mit diesem Bescheid vom {{ amendment_date }} wie folgt:"),
    Block("figures", rows=(
        ("Bisher bewilligter Betrag", "{{ previous_amount }}", False),
        ("Verminderung", "{{ released_amount }}", False),
        ("Neu bewilligter Betrag", "{{ approved_amount }}", True),
    )),
    H("Begründung"),
    T("{{ amendment_reason }}"),
    T("Alle übrigen Bestimmungen der Bewilligung vom {{ approval_date }} gelten unverändert fort; der "
      "Verwendungsnachweis ist weiterhin bis spätestens **{{ proof_due_date }}** einzureichen. Ausgezahlt werden "
      "{{ rate }} der nachgewiesenen förderfähigen Kosten, höchstens {{ approved_amount }}."),
    H("De-minimis-Beihilfe"),
    T("Der Beihilfebetrag der De-minimis-Bescheinigung vom {{ grant_date }} beträgt nun **{{ deminimis_amount }}** "
      "({{ deminimis_basis }}). Bitte berücksichtigen Sie diesen Betrag in künftigen De-minimis-Erklärungen."),
    *OBJECTION,
    T("Bei Fragen wenden Sie sich bitte an {{ clerk_name }}."),
))

LETTERS = {"approval": APPROVAL, "rejection": REJECTION, "payout": PAYOUT, "reminder": REMINDER,
           "revocation": REVOCATION, "amendment": AMENDMENT}
