"""The words of the demo data set, in each language Bureau speaks: names, work-order texts, comments.

Every language lists its work-order texts in the same order with the same category keys, so that a demo
loaded in French and one loaded in English hold the same orders, told in a different language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.workorders import WorkOrderType

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class OrderText:
    category: str  # a key of DemoTexts.categories
    title: str
    description: str


@dataclass(frozen=True)
class DemoTexts:
    client_names: Mapping[str, str]  # client key -> name
    site_kinds: Mapping[str, str]  # site kind -> the word that starts a building's name
    agent_names: tuple[str, ...]
    supervisor_name: str
    categories: Mapping[str, str]
    job_descriptions: Mapping[str, str]  # PPM job key -> description
    job_instructions: tuple[str, ...]
    orders: Mapping[WorkOrderType, tuple[OrderText, ...]]  # every type but PPM
    ppm_description: str  # fields: {building}, {start}, {end}
    date_format: str
    comments: tuple[str, ...]
    clarification_questions: tuple[str, ...]
    hold_reasons: tuple[str, ...]
    cancel_notes: tuple[str, ...]
    reject_reasons: tuple[str, ...]


def language_code(language: str | None) -> str:
    """The demo language for ``language`` ("fr", "de-CH", "nl_BE", ...): English when Bureau does not speak it."""
    code = (language or DEFAULT_LANGUAGE).replace("_", "-").split("-")[0].lower()
    return code if code in TEXTS else DEFAULT_LANGUAGE


def texts_for(language: str | None) -> DemoTexts:
    return TEXTS[language_code(language)]


ENGLISH = DemoTexts(
    client_names={
        "hotels": "Lumière Hotel Group",
        "supermarkets": "Verdier Supermarkets",
        "offices": "Harrow & Vale Offices",
        "logistics": "Rheinland Logistics",
        "clinics": "Van Dijk Clinics",
        "schools": "Kestrel Schools Trust",
    },
    site_kinds={
        "hotel": "Hotel",
        "supermarket": "Supermarket",
        "office": "Office",
        "warehouse": "Warehouse",
        "clinic": "Clinic",
        "school": "School",
    },
    agent_names=("Sarah Mitchell", "James Cooper", "Priya Shah", "Tom Bennett"),
    supervisor_name="Helen Carter",
    categories={
        "plumbing": "Plumbing",
        "electrical": "Electrical",
        "hvac": "Heating and air conditioning",
        "fire_safety": "Fire safety",
        "building_fabric": "Building fabric",
        "lifts": "Lifts",
        "security": "Security",
        "cleaning": "Cleaning",
        "grounds": "Grounds",
    },
    job_descriptions={
        "boiler_service": "Annual gas boiler service",
        "fire_alarm_test": "Quarterly fire alarm test",
        "kitchen_extract": "Monthly kitchen extract cleaning",
        "hvac_service": "Half-yearly air conditioning service",
        "wiring_test": "Fixed wiring inspection (EICR)",
        "sprinkler_inspection": "Annual sprinkler inspection",
        "gutter_clearing": "Autumn gutter clearing",
        "emergency_lighting": "Monthly emergency lighting test",
    },
    job_instructions=(
        "Keys at reception; ask for the duty manager on arrival.",
        "Access to the rooftop plant room via the east stairwell.",
        "Work before 8 am or after 6 pm only: the site is open to the public.",
    ),
    orders={
        WorkOrderType.REACTIVE: (
            OrderText("plumbing", "Water leak on the 2nd floor",
                      "Water is dripping from the ceiling tiles near the lifts on the 2nd floor. "
                      "A bucket has been put down."),
            OrderText("plumbing", "Leak in the basement",
                      "Standing water next to the boiler room door in the basement."),
            OrderText("plumbing", "Blocked toilet in the ground-floor washroom",
                      "The second toilet from the door is blocked and out of order."),
            OrderText("hvac", "Heating not working",
                      "Radiators on the first floor have been cold since this morning; the office is at 16 °C."),
            OrderText("hvac", "Air conditioning too cold in meeting room 3",
                      "The unit blows cold air even when set to 23 °C."),
            OrderText("hvac", "Noisy ventilation in the server room",
                      "A rattling noise comes from the extract fan; staff have reported it since Monday."),
            OrderText("electrical", "Lights out in the car park",
                      "Half of level -1 is in the dark; the circuit breaker trips again after a reset."),
            OrderText("electrical", "Power socket sparking at reception",
                      "The socket behind the reception desk sparked when a kettle was plugged in. "
                      "It has been taped off."),
            OrderText("building_fabric", "Broken window in the stairwell",
                      "A pane is cracked on the 3rd-floor landing; the area has been cordoned off."),
            OrderText("building_fabric", "Entrance door does not close",
                      "The automatic entrance door stays open; the building cannot be locked tonight."),
            OrderText("lifts", "Lift stuck between floors",
                      "Lift B stopped between floors 2 and 3; nobody inside. Out of service."),
            OrderText("fire_safety", "Fire alarm panel shows a fault",
                      "The panel shows a fault on zone 4 and beeps every minute."),
            OrderText("fire_safety", "Emergency exit sign not lit",
                      "The exit sign above the rear staircase door is off."),
            OrderText("security", "Access badge reader out of order",
                      "The badge reader at the staff entrance does not react; reception lets staff in by hand."),
            OrderText("cleaning", "Spillage in the canteen",
                      "Oil spilt near the kitchen pass; slip hazard."),
            OrderText("grounds", "Fallen tree blocking the car park",
                      "After last night's storm a tree is lying across two parking bays."),
        ),
        WorkOrderType.QUOTE: (
            OrderText("hvac", "Quote: replace the rooftop air handling unit",
                      "The unit is 22 years old and parts are no longer available. "
                      "Please quote for a like-for-like replacement."),
            OrderText("electrical", "Quote: LED lighting upgrade in the offices",
                      "Replace the fluorescent fittings on floors 1 to 3 with LED panels with presence detection."),
            OrderText("building_fabric", "Quote: repaint the reception area",
                      "Walls and ceiling, including filling of cracks; work to be done out of hours."),
            OrderText("plumbing", "Quote: install a water softener",
                      "Hard water is scaling up the kitchen equipment; quote for a softener on the incoming main."),
            OrderText("security", "Quote: extend CCTV to the loading bay",
                      "Two additional cameras connected to the existing recorder."),
            OrderText("grounds", "Quote: resurface the staff car park",
                      "Potholes across the car park; include line marking."),
        ),
        WorkOrderType.AUDIT: (
            OrderText("fire_safety", "Fire risk assessment review",
                      "Annual review of the fire risk assessment with the site manager."),
            OrderText("building_fabric", "Roof condition survey",
                      "Visual survey of roof coverings, gutters and outlets, with photos."),
            OrderText("electrical", "Energy audit",
                      "Meter readings, consumption per floor and savings recommendations."),
            OrderText("cleaning", "Cleaning quality audit",
                      "Spot check of washrooms, kitchens and meeting rooms against the cleaning specification."),
            OrderText("security", "Health and safety site inspection",
                      "Walk-round with the client's safety officer; findings to be logged as reactive orders."),
        ),
        WorkOrderType.PURCHASE: (
            OrderText("cleaning", "Purchase: washroom consumables",
                      "Paper towels, soap refills and toilet rolls for the month."),
            OrderText("hvac", "Purchase: replacement air filters",
                      "Pleated filters for the air handling units, sizes as per the asset register."),
            OrderText("fire_safety", "Purchase: fire extinguishers",
                      "Two 6 kg powder extinguishers and one 2 kg CO2 extinguisher for the new workshop."),
            OrderText("electrical", "Purchase: LED tubes",
                      "Forty 120 cm LED tubes for the stock room."),
            OrderText("grounds", "Purchase: de-icing salt",
                      "One tonne of de-icing salt, delivered before the first frost."),
            OrderText("building_fabric", "Purchase: ceiling tiles",
                      "Twenty 600 × 600 mm tiles to match the existing ceiling."),
        ),
    },
    ppm_description="Planned maintenance visit: {building}, {start} to {end}.",
    date_format="%d/%m/%Y",
    comments=(
        "Technician on site this afternoon.",
        "Parts ordered, delivery expected on Friday.",
        "Called the site contact, no answer; will try again tomorrow.",
        "Temporary repair done; a second visit is needed.",
        "The client confirms the problem is solved.",
        "Photos added by the technician.",
        "Reminder sent to the subcontractor.",
        "Access arranged with the site manager for Tuesday morning.",
    ),
    clarification_questions=(
        "Which floor and which room exactly?",
        "Can you send a photo of the fault?",
        "Is the problem still there after the reset?",
    ),
    hold_reasons=(
        "Waiting for parts from the supplier.",
        "Waiting for the client's approval.",
        "Site closed until next week.",
    ),
    cancel_notes=(
        "Logged twice: duplicate of another order.",
        "Cancelled at the client's request.",
        "Fixed by the site staff before our visit.",
    ),
    reject_reasons=(
        "Not covered by the contract: the landlord is responsible.",
        "The client chose another supplier.",
        "Request outside our scope of services.",
    ),
)

FRENCH = DemoTexts(
    client_names={
        "hotels": "Groupe Hôtelier Lumière",
        "supermarkets": "Supermarchés Verdier",
        "offices": "Bureaux Harrow & Vale",
        "logistics": "Rheinland Logistique",
        "clinics": "Cliniques Van Dijk",
        "schools": "Écoles Kestrel",
    },
    site_kinds={
        "hotel": "Hôtel",
        "supermarket": "Supermarché",
        "office": "Bureaux",
        "warehouse": "Entrepôt",
        "clinic": "Clinique",
        "school": "École",
    },
    agent_names=("Claire Martin", "Julien Moreau", "Sophie Lefèvre", "Karim Benali"),
    supervisor_name="Marie Dubois",
    categories={
        "plumbing": "Plomberie",
        "electrical": "Électricité",
        "hvac": "Chauffage et climatisation",
        "fire_safety": "Sécurité incendie",
        "building_fabric": "Bâti",
        "lifts": "Ascenseurs",
        "security": "Sûreté",
        "cleaning": "Nettoyage",
        "grounds": "Espaces extérieurs",
    },
    job_descriptions={
        "boiler_service": "Entretien annuel des chaudières gaz",
        "fire_alarm_test": "Essai trimestriel de l'alarme incendie",
        "kitchen_extract": "Nettoyage mensuel des hottes de cuisine",
        "hvac_service": "Maintenance semestrielle de la climatisation",
        "wiring_test": "Vérification des installations électriques",
        "sprinkler_inspection": "Vérification annuelle des sprinklers",
        "gutter_clearing": "Nettoyage des gouttières à l'automne",
        "emergency_lighting": "Essai mensuel de l'éclairage de sécurité",
    },
    job_instructions=(
        "Clés à l'accueil ; demander le responsable de permanence à l'arrivée.",
        "Accès à la chaufferie en toiture par l'escalier est.",
        "Intervention avant 8 h ou après 18 h uniquement : le site est ouvert au public.",
    ),
    orders={
        WorkOrderType.REACTIVE: (
            OrderText("plumbing", "Fuite d'eau au 2e étage",
                      "De l'eau goutte des dalles du plafond près des ascenseurs au 2e étage. Un seau a été posé."),
            OrderText("plumbing", "Fuite au sous-sol",
                      "Eau stagnante près de la porte de la chaufferie au sous-sol."),
            OrderText("plumbing", "WC bouché aux sanitaires du rez-de-chaussée",
                      "Le deuxième WC en partant de la porte est bouché et condamné."),
            OrderText("hvac", "Chauffage en panne",
                      "Les radiateurs du 1er étage sont froids depuis ce matin ; il fait 16 °C dans les bureaux."),
            OrderText("hvac", "Climatisation trop froide en salle de réunion 3",
                      "L'unité souffle de l'air froid même réglée sur 23 °C."),
            OrderText("hvac", "Ventilation bruyante dans la salle serveurs",
                      "Un cliquetis provient de l'extracteur ; le personnel le signale depuis lundi."),
            OrderText("electrical", "Éclairage en panne au parking",
                      "La moitié du niveau -1 est dans le noir ; le disjoncteur redéclenche après réarmement."),
            OrderText("electrical", "Prise électrique qui fait des étincelles à l'accueil",
                      "La prise derrière la banque d'accueil a fait des étincelles au branchement d'une "
                      "bouilloire. Elle a été condamnée."),
            OrderText("building_fabric", "Vitre cassée dans la cage d'escalier",
                      "Un carreau est fissuré sur le palier du 3e étage ; la zone a été balisée."),
            OrderText("building_fabric", "La porte d'entrée ne se ferme plus",
                      "La porte automatique de l'entrée reste ouverte ; le bâtiment ne peut pas être fermé ce soir."),
            OrderText("lifts", "Ascenseur bloqué entre deux étages",
                      "L'ascenseur B s'est arrêté entre le 2e et le 3e étage ; personne à l'intérieur. "
                      "Hors service."),
            OrderText("fire_safety", "Défaut affiché sur la centrale incendie",
                      "La centrale affiche un défaut sur la zone 4 et bipe toutes les minutes."),
            OrderText("fire_safety", "Bloc de secours éteint",
                      "Le bloc au-dessus de la porte de l'escalier arrière est éteint."),
            OrderText("security", "Lecteur de badges hors service",
                      "Le lecteur de l'entrée du personnel ne réagit plus ; l'accueil ouvre manuellement."),
            OrderText("cleaning", "Liquide renversé à la cafétéria",
                      "De l'huile a été renversée près du passe-plat ; risque de glissade."),
            OrderText("grounds", "Arbre tombé sur le parking",
                      "Après la tempête de cette nuit, un arbre est couché sur deux places de stationnement."),
        ),
        WorkOrderType.QUOTE: (
            OrderText("hvac", "Devis : remplacement de la centrale de traitement d'air en toiture",
                      "La centrale a 22 ans et les pièces ne sont plus disponibles. "
                      "Merci de chiffrer un remplacement à l'identique."),
            OrderText("electrical", "Devis : passage à l'éclairage LED dans les bureaux",
                      "Remplacer les luminaires fluorescents des étages 1 à 3 par des dalles LED avec "
                      "détection de présence."),
            OrderText("building_fabric", "Devis : remise en peinture du hall d'accueil",
                      "Murs et plafond, rebouchage des fissures compris ; travaux hors heures d'ouverture."),
            OrderText("plumbing", "Devis : installation d'un adoucisseur d'eau",
                      "L'eau calcaire entartre les équipements de cuisine ; chiffrer un adoucisseur sur "
                      "l'arrivée d'eau."),
            OrderText("security", "Devis : extension de la vidéosurveillance au quai de chargement",
                      "Deux caméras supplémentaires raccordées à l'enregistreur existant."),
            OrderText("grounds", "Devis : réfection de l'enrobé du parking du personnel",
                      "Nids-de-poule sur tout le parking ; inclure le marquage au sol."),
        ),
        WorkOrderType.AUDIT: (
            OrderText("fire_safety", "Revue de l'évaluation des risques incendie",
                      "Revue annuelle de l'évaluation des risques incendie avec le responsable du site."),
            OrderText("building_fabric", "État de la toiture",
                      "Inspection visuelle de la couverture, des gouttières et des descentes, avec photos."),
            OrderText("electrical", "Audit énergétique",
                      "Relevés des compteurs, consommation par étage et recommandations d'économies."),
            OrderText("cleaning", "Audit qualité du nettoyage",
                      "Contrôle par sondage des sanitaires, cuisines et salles de réunion selon le cahier "
                      "des charges."),
            OrderText("security", "Visite d'inspection santé et sécurité",
                      "Visite avec le responsable sécurité du client ; les constats seront saisis en "
                      "ordres curatifs."),
        ),
        WorkOrderType.PURCHASE: (
            OrderText("cleaning", "Achat : consommables sanitaires",
                      "Essuie-mains, recharges de savon et papier toilette pour le mois."),
            OrderText("hvac", "Achat : filtres à air de rechange",
                      "Filtres plissés pour les centrales de traitement d'air, dimensions selon l'inventaire."),
            OrderText("fire_safety", "Achat : extincteurs",
                      "Deux extincteurs à poudre de 6 kg et un extincteur CO2 de 2 kg pour le nouvel atelier."),
            OrderText("electrical", "Achat : tubes LED",
                      "Quarante tubes LED de 120 cm pour le stock."),
            OrderText("grounds", "Achat : sel de déneigement",
                      "Une tonne de sel, livrée avant les premières gelées."),
            OrderText("building_fabric", "Achat : dalles de faux plafond",
                      "Vingt dalles de 600 × 600 mm assorties au plafond existant."),
        ),
    },
    ppm_description="Visite de maintenance préventive : {building}, du {start} au {end}.",
    date_format="%d/%m/%Y",
    comments=(
        "Technicien sur place cet après-midi.",
        "Pièces commandées, livraison prévue vendredi.",
        "Contact du site appelé sans réponse ; nouvel essai demain.",
        "Réparation provisoire effectuée ; une deuxième intervention est nécessaire.",
        "Le client confirme que le problème est résolu.",
        "Photos ajoutées par le technicien.",
        "Relance envoyée au sous-traitant.",
        "Accès convenu avec le responsable du site pour mardi matin.",
    ),
    clarification_questions=(
        "À quel étage et dans quelle pièce exactement ?",
        "Pouvez-vous envoyer une photo du défaut ?",
        "Le problème persiste-t-il après le réarmement ?",
    ),
    hold_reasons=(
        "En attente des pièces du fournisseur.",
        "En attente de l'accord du client.",
        "Site fermé jusqu'à la semaine prochaine.",
    ),
    cancel_notes=(
        "Saisi deux fois : doublon d'un autre ordre.",
        "Annulé à la demande du client.",
        "Réparé par le personnel du site avant notre passage.",
    ),
    reject_reasons=(
        "Hors contrat : à la charge du propriétaire.",
        "Le client a choisi un autre prestataire.",
        "Demande hors de notre périmètre de services.",
    ),
)

GERMAN = DemoTexts(
    client_names={
        "hotels": "Lumière Hotelgruppe",
        "supermarkets": "Verdier Supermärkte",
        "offices": "Harrow & Vale Büros",
        "logistics": "Rheinland Logistik",
        "clinics": "Van Dijk Kliniken",
        "schools": "Kestrel Schulverbund",
    },
    site_kinds={
        "hotel": "Hotel",
        "supermarket": "Supermarkt",
        "office": "Büro",
        "warehouse": "Lager",
        "clinic": "Klinik",
        "school": "Schule",
    },
    agent_names=("Anna Schneider", "Lukas Becker", "Miriam Wolf", "Jonas Fischer"),
    supervisor_name="Katrin Vogel",
    categories={
        "plumbing": "Sanitär",
        "electrical": "Elektro",
        "hvac": "Heizung und Klima",
        "fire_safety": "Brandschutz",
        "building_fabric": "Bausubstanz",
        "lifts": "Aufzüge",
        "security": "Sicherheit",
        "cleaning": "Reinigung",
        "grounds": "Außenanlagen",
    },
    job_descriptions={
        "boiler_service": "Jährliche Wartung der Gaskessel",
        "fire_alarm_test": "Vierteljährliche Prüfung der Brandmeldeanlage",
        "kitchen_extract": "Monatliche Reinigung der Küchenabluft",
        "hvac_service": "Halbjährliche Wartung der Klimaanlage",
        "wiring_test": "Prüfung der elektrischen Anlage (DGUV V3)",
        "sprinkler_inspection": "Jährliche Sprinklerprüfung",
        "gutter_clearing": "Dachrinnenreinigung im Herbst",
        "emergency_lighting": "Monatliche Prüfung der Sicherheitsbeleuchtung",
    },
    job_instructions=(
        "Schlüssel am Empfang; bei Ankunft nach der diensthabenden Leitung fragen.",
        "Zugang zur Technikzentrale auf dem Dach über das Osttreppenhaus.",
        "Arbeiten nur vor 8 Uhr oder nach 18 Uhr: Der Standort ist für Besucher geöffnet.",
    ),
    orders={
        WorkOrderType.REACTIVE: (
            OrderText("plumbing", "Wasserschaden im 2. Obergeschoss",
                      "Aus den Deckenplatten bei den Aufzügen im 2. OG tropft Wasser. Ein Eimer wurde aufgestellt."),
            OrderText("plumbing", "Undichtigkeit im Keller",
                      "Stehendes Wasser an der Tür zum Heizungsraum im Keller."),
            OrderText("plumbing", "Verstopfte Toilette im Erdgeschoss",
                      "Die zweite Toilette von der Tür aus ist verstopft und gesperrt."),
            OrderText("hvac", "Heizung fällt aus",
                      "Die Heizkörper im 1. OG sind seit heute Morgen kalt; im Büro sind es 16 °C."),
            OrderText("hvac", "Klimaanlage in Besprechungsraum 3 zu kalt",
                      "Das Gerät bläst kalte Luft, auch wenn 23 °C eingestellt sind."),
            OrderText("hvac", "Laute Lüftung im Serverraum",
                      "Vom Abluftventilator kommt ein Klappern; das Personal meldet es seit Montag."),
            OrderText("electrical", "Beleuchtung in der Tiefgarage ausgefallen",
                      "Die Hälfte von Ebene -1 ist dunkel; der Sicherungsautomat löst nach dem Einschalten "
                      "wieder aus."),
            OrderText("electrical", "Steckdose am Empfang funkt",
                      "Die Steckdose hinter dem Empfangstresen hat beim Einstecken eines Wasserkochers gefunkt. "
                      "Sie wurde abgeklebt."),
            OrderText("building_fabric", "Fenster im Treppenhaus zerbrochen",
                      "Eine Scheibe am Treppenabsatz im 3. OG ist gesprungen; der Bereich ist abgesperrt."),
            OrderText("building_fabric", "Eingangstür schließt nicht",
                      "Die automatische Eingangstür bleibt offen; das Gebäude kann heute Abend nicht "
                      "verschlossen werden."),
            OrderText("lifts", "Aufzug zwischen zwei Etagen stecken geblieben",
                      "Aufzug B hält zwischen 2. und 3. OG; niemand eingeschlossen. Außer Betrieb."),
            OrderText("fire_safety", "Störung an der Brandmeldezentrale",
                      "Die Zentrale zeigt eine Störung in Meldergruppe 4 und piept jede Minute."),
            OrderText("fire_safety", "Notausgangsleuchte defekt",
                      "Die Leuchte über der Tür zum hinteren Treppenhaus ist aus."),
            OrderText("security", "Ausweisleser defekt",
                      "Der Leser am Personaleingang reagiert nicht; der Empfang öffnet von Hand."),
            OrderText("cleaning", "Verschüttete Flüssigkeit in der Kantine",
                      "Öl an der Speisenausgabe verschüttet; Rutschgefahr."),
            OrderText("grounds", "Umgestürzter Baum blockiert den Parkplatz",
                      "Nach dem Sturm letzte Nacht liegt ein Baum quer über zwei Stellplätzen."),
        ),
        WorkOrderType.QUOTE: (
            OrderText("hvac", "Angebot: Austausch des Lüftungsgeräts auf dem Dach",
                      "Das Gerät ist 22 Jahre alt, Ersatzteile sind nicht mehr lieferbar. "
                      "Bitte ein Angebot für einen gleichwertigen Ersatz."),
            OrderText("electrical", "Angebot: Umrüstung der Bürobeleuchtung auf LED",
                      "Leuchtstofflampen im 1. bis 3. OG durch LED-Panels mit Präsenzmeldern ersetzen."),
            OrderText("building_fabric", "Angebot: Empfangsbereich neu streichen",
                      "Wände und Decke einschließlich Ausbessern der Risse; Arbeiten außerhalb der Öffnungszeiten."),
            OrderText("plumbing", "Angebot: Einbau einer Enthärtungsanlage",
                      "Hartes Wasser verkalkt die Küchengeräte; Angebot für eine Enthärtung am Hausanschluss."),
            OrderText("security", "Angebot: Videoüberwachung auf die Laderampe erweitern",
                      "Zwei zusätzliche Kameras am vorhandenen Rekorder."),
            OrderText("grounds", "Angebot: Mitarbeiterparkplatz neu asphaltieren",
                      "Schlaglöcher auf dem ganzen Parkplatz; Markierung einschließen."),
        ),
        WorkOrderType.AUDIT: (
            OrderText("fire_safety", "Überprüfung der Brandschutz-Gefährdungsbeurteilung",
                      "Jährliche Überprüfung der Gefährdungsbeurteilung mit der Standortleitung."),
            OrderText("building_fabric", "Zustandsbegehung des Dachs",
                      "Sichtprüfung von Dachhaut, Rinnen und Abläufen, mit Fotos."),
            OrderText("electrical", "Energieaudit",
                      "Zählerstände, Verbrauch je Etage und Einsparempfehlungen."),
            OrderText("cleaning", "Qualitätsprüfung der Reinigung",
                      "Stichprobe in Sanitärräumen, Küchen und Besprechungsräumen nach Leistungsverzeichnis."),
            OrderText("security", "Arbeitsschutzbegehung",
                      "Begehung mit der Fachkraft für Arbeitssicherheit des Kunden; Mängel werden als "
                      "Störungsaufträge erfasst."),
        ),
        WorkOrderType.PURCHASE: (
            OrderText("cleaning", "Bestellung: Sanitärverbrauchsmaterial",
                      "Papierhandtücher, Seifennachfüllungen und Toilettenpapier für den Monat."),
            OrderText("hvac", "Bestellung: Ersatz-Luftfilter",
                      "Faltenfilter für die Lüftungsgeräte, Größen laut Anlagenverzeichnis."),
            OrderText("fire_safety", "Bestellung: Feuerlöscher",
                      "Zwei 6-kg-Pulverlöscher und ein 2-kg-CO2-Löscher für die neue Werkstatt."),
            OrderText("electrical", "Bestellung: LED-Röhren",
                      "Vierzig LED-Röhren mit 120 cm für das Lager."),
            OrderText("grounds", "Bestellung: Streusalz",
                      "Eine Tonne Streusalz, Lieferung vor dem ersten Frost."),
            OrderText("building_fabric", "Bestellung: Deckenplatten",
                      "Zwanzig Platten 600 × 600 mm passend zur vorhandenen Decke."),
        ),
    },
    ppm_description="Geplanter Wartungsbesuch: {building}, {start} bis {end}.",
    date_format="%d.%m.%Y",
    comments=(
        "Techniker heute Nachmittag vor Ort.",
        "Teile bestellt, Lieferung voraussichtlich Freitag.",
        "Ansprechpartner vor Ort angerufen, keine Antwort; neuer Versuch morgen.",
        "Provisorisch repariert; ein zweiter Einsatz ist nötig.",
        "Der Kunde bestätigt, dass das Problem behoben ist.",
        "Fotos vom Techniker hinzugefügt.",
        "Erinnerung an den Nachunternehmer geschickt.",
        "Zugang mit der Standortleitung für Dienstagmorgen vereinbart.",
    ),
    clarification_questions=(
        "In welcher Etage und in welchem Raum genau?",
        "Können Sie ein Foto des Fehlers schicken?",
        "Besteht das Problem nach dem Zurücksetzen weiterhin?",
    ),
    hold_reasons=(
        "Warten auf Teile vom Lieferanten.",
        "Warten auf die Freigabe des Kunden.",
        "Standort bis nächste Woche geschlossen.",
    ),
    cancel_notes=(
        "Doppelt erfasst: Duplikat eines anderen Auftrags.",
        "Auf Wunsch des Kunden storniert.",
        "Vom Personal vor Ort vor unserem Besuch behoben.",
    ),
    reject_reasons=(
        "Nicht vom Vertrag abgedeckt: Sache des Vermieters.",
        "Der Kunde hat einen anderen Anbieter gewählt.",
        "Anfrage außerhalb unseres Leistungsumfangs.",
    ),
)

DUTCH = DemoTexts(
    client_names={
        "hotels": "Lumière Hotelgroep",
        "supermarkets": "Verdier Supermarkten",
        "offices": "Harrow & Vale Kantoren",
        "logistics": "Rheinland Logistiek",
        "clinics": "Van Dijk Klinieken",
        "schools": "Kestrel Scholengroep",
    },
    site_kinds={
        "hotel": "Hotel",
        "supermarket": "Supermarkt",
        "office": "Kantoor",
        "warehouse": "Magazijn",
        "clinic": "Kliniek",
        "school": "School",
    },
    agent_names=("Sanne de Vries", "Daan Jansen", "Fleur Bakker", "Ruben Visser"),
    supervisor_name="Eva Smit",
    categories={
        "plumbing": "Sanitair",
        "electrical": "Elektra",
        "hvac": "Verwarming en klimaat",
        "fire_safety": "Brandveiligheid",
        "building_fabric": "Bouwkundig",
        "lifts": "Liften",
        "security": "Beveiliging",
        "cleaning": "Schoonmaak",
        "grounds": "Buitenterrein",
    },
    job_descriptions={
        "boiler_service": "Jaarlijks onderhoud gasketels",
        "fire_alarm_test": "Kwartaaltest brandmeldinstallatie",
        "kitchen_extract": "Maandelijkse reiniging keukenafzuiging",
        "hvac_service": "Halfjaarlijks onderhoud airconditioning",
        "wiring_test": "Keuring elektrische installatie (NEN 3140)",
        "sprinkler_inspection": "Jaarlijkse sprinklerinspectie",
        "gutter_clearing": "Dakgoten reinigen in het najaar",
        "emergency_lighting": "Maandelijkse test noodverlichting",
    },
    job_instructions=(
        "Sleutels bij de receptie; meld je bij aankomst bij de dienstdoende manager.",
        "Toegang tot de technische ruimte op het dak via het oostelijke trappenhuis.",
        "Alleen werken vóór 8.00 uur of na 18.00 uur: de locatie is open voor publiek.",
    ),
    orders={
        WorkOrderType.REACTIVE: (
            OrderText("plumbing", "Lekkage op de 2e verdieping",
                      "Er druppelt water uit de plafondplaten bij de liften op de 2e verdieping. "
                      "Er staat een emmer onder."),
            OrderText("plumbing", "Lekkage in de kelder",
                      "Staand water bij de deur van het ketelhuis in de kelder."),
            OrderText("plumbing", "Verstopt toilet op de begane grond",
                      "Het tweede toilet vanaf de deur is verstopt en buiten gebruik gesteld."),
            OrderText("hvac", "Verwarming doet het niet",
                      "De radiatoren op de 1e verdieping zijn sinds vanochtend koud; het is 16 °C op kantoor."),
            OrderText("hvac", "Airco te koud in vergaderruimte 3",
                      "De unit blaast koude lucht, ook als hij op 23 °C staat."),
            OrderText("hvac", "Lawaaierige ventilatie in de serverruimte",
                      "Er komt een ratelend geluid uit de afzuigventilator; personeel meldt het sinds maandag."),
            OrderText("electrical", "Verlichting in de parkeergarage kapot",
                      "De helft van niveau -1 is donker; de groep slaat na het resetten opnieuw af."),
            OrderText("electrical", "Stopcontact bij de receptie vonkt",
                      "Het stopcontact achter de receptiebalie vonkte toen er een waterkoker in ging. "
                      "Het is afgeplakt."),
            OrderText("building_fabric", "Kapotte ruit in het trappenhuis",
                      "Een ruit op de overloop van de 3e verdieping is gebarsten; het gebied is afgezet."),
            OrderText("building_fabric", "Entreedeur sluit niet",
                      "De automatische entreedeur blijft open; het gebouw kan vanavond niet worden afgesloten."),
            OrderText("lifts", "Lift vast tussen twee verdiepingen",
                      "Lift B staat stil tussen de 2e en 3e verdieping; niemand binnen. Buiten gebruik."),
            OrderText("fire_safety", "Storing op het brandmeldpaneel",
                      "Het paneel geeft een storing op zone 4 en piept elke minuut."),
            OrderText("fire_safety", "Noodverlichting bij nooduitgang uit",
                      "Het bordje boven de deur van het achterste trappenhuis brandt niet."),
            OrderText("security", "Pasjeslezer defect",
                      "De lezer bij de personeelsingang reageert niet; de receptie laat mensen handmatig binnen."),
            OrderText("cleaning", "Gemorst in de kantine",
                      "Olie gemorst bij de uitgifte; uitglijgevaar."),
            OrderText("grounds", "Omgevallen boom blokkeert parkeerplaats",
                      "Na de storm van vannacht ligt er een boom over twee parkeervakken."),
        ),
        WorkOrderType.QUOTE: (
            OrderText("hvac", "Offerte: luchtbehandelingskast op het dak vervangen",
                      "De kast is 22 jaar oud en onderdelen zijn niet meer leverbaar. "
                      "Graag een offerte voor vervanging door een gelijkwaardig exemplaar."),
            OrderText("electrical", "Offerte: kantoorverlichting vervangen door LED",
                      "TL-armaturen op verdieping 1 t/m 3 vervangen door LED-panelen met aanwezigheidsdetectie."),
            OrderText("building_fabric", "Offerte: receptieruimte opnieuw schilderen",
                      "Wanden en plafond, inclusief het dichten van scheuren; werk buiten openingstijden."),
            OrderText("plumbing", "Offerte: waterontharder plaatsen",
                      "Hard water laat de keukenapparatuur verkalken; offerte voor een ontharder op de "
                      "hoofdleiding."),
            OrderText("security", "Offerte: camerabewaking uitbreiden naar het laadperron",
                      "Twee extra camera's aangesloten op de bestaande recorder."),
            OrderText("grounds", "Offerte: personeelsparkeerplaats opnieuw asfalteren",
                      "Gaten in het hele parkeerterrein; inclusief belijning."),
        ),
        WorkOrderType.AUDIT: (
            OrderText("fire_safety", "Herbeoordeling brandrisico-inventarisatie",
                      "Jaarlijkse herbeoordeling van de brandrisico-inventarisatie met de locatiemanager."),
            OrderText("building_fabric", "Inspectie van de dakconditie",
                      "Visuele inspectie van dakbedekking, goten en afvoeren, met foto's."),
            OrderText("electrical", "Energie-audit",
                      "Meterstanden, verbruik per verdieping en besparingsadviezen."),
            OrderText("cleaning", "Kwaliteitsaudit schoonmaak",
                      "Steekproef van sanitair, keukens en vergaderruimtes volgens het bestek."),
            OrderText("security", "Inspectie veiligheid en gezondheid",
                      "Rondgang met de preventiemedewerker van de klant; bevindingen worden als "
                      "storingsmeldingen vastgelegd."),
        ),
        WorkOrderType.PURCHASE: (
            OrderText("cleaning", "Inkoop: sanitaire verbruiksartikelen",
                      "Papieren handdoeken, zeepnavullingen en toiletpapier voor de maand."),
            OrderText("hvac", "Inkoop: vervangende luchtfilters",
                      "Plooifilters voor de luchtbehandelingskasten, maten volgens het installatieregister."),
            OrderText("fire_safety", "Inkoop: brandblussers",
                      "Twee poederblussers van 6 kg en een CO2-blusser van 2 kg voor de nieuwe werkplaats."),
            OrderText("electrical", "Inkoop: LED-buizen",
                      "Veertig LED-buizen van 120 cm voor de voorraad."),
            OrderText("grounds", "Inkoop: strooizout",
                      "Eén ton strooizout, te leveren vóór de eerste vorst."),
            OrderText("building_fabric", "Inkoop: plafondplaten",
                      "Twintig platen van 600 × 600 mm passend bij het bestaande plafond."),
        ),
    },
    ppm_description="Gepland onderhoudsbezoek: {building}, {start} tot en met {end}.",
    date_format="%d-%m-%Y",
    comments=(
        "Monteur vanmiddag op locatie.",
        "Onderdelen besteld, levering verwacht op vrijdag.",
        "Contactpersoon gebeld, geen gehoor; morgen opnieuw proberen.",
        "Tijdelijk gerepareerd; een tweede bezoek is nodig.",
        "De klant bevestigt dat het probleem is opgelost.",
        "Foto's toegevoegd door de monteur.",
        "Herinnering gestuurd naar de onderaannemer.",
        "Toegang geregeld met de locatiemanager voor dinsdagochtend.",
    ),
    clarification_questions=(
        "Op welke verdieping en in welke ruimte precies?",
        "Kunt u een foto van de storing sturen?",
        "Is het probleem er na de reset nog steeds?",
    ),
    hold_reasons=(
        "Wachten op onderdelen van de leverancier.",
        "Wachten op akkoord van de klant.",
        "Locatie gesloten tot volgende week.",
    ),
    cancel_notes=(
        "Dubbel ingevoerd: duplicaat van een andere opdracht.",
        "Geannuleerd op verzoek van de klant.",
        "Door het personeel ter plaatse verholpen vóór ons bezoek.",
    ),
    reject_reasons=(
        "Valt niet onder het contract: verantwoordelijkheid van de verhuurder.",
        "De klant heeft voor een andere leverancier gekozen.",
        "Verzoek valt buiten onze dienstverlening.",
    ),
)

TEXTS: dict[str, DemoTexts] = {"en": ENGLISH, "fr": FRENCH, "de": GERMAN, "nl": DUTCH}
