"""Default texts for cases that do not spell out their own: findings, recommendations, milestones, messages."""

from __future__ import annotations

SECTOR_CONTENT: dict[str, dict] = {
    "transportation": {
        "findings": "Bus routes overlap on the main corridors while outer districts are underserved; operators are "
        "paid per passenger, fares are collected in cash and there is no real-time data on the fleet.",
        "recommendations": (
            ("Reorganise routes into trunk and feeder lines", "Run frequent trunk lines on the main corridors and "
             "feeder lines into the districts, with free transfers between them."),
            ("Collect real-time fleet data", "Fit buses with location devices and run a small operations centre "
             "before expanding to traffic management."),
        ),
        "milestones": ("Pilot corridor in service", "Operations centre in service"),
    },
    "urban_railway": {
        "findings": "The planned line's ridership forecast is optimistic; the city has no model for sharing "
        "construction and revenue risks with private partners.",
        "recommendations": (
            ("Share demand risk with the private partner", "Use a minimum revenue band rather than a guarantee, "
             "learning from the renegotiation of Seoul's Line 9."),
            ("Integrate fares with buses from day one", "One card and free transfers make a new line attractive."),
        ),
        "milestones": ("Concession model approved", "Tender launched"),
    },
    "water": {
        "findings": "Old pipes leak, meters are missing in many districts and water quality is not monitored "
        "between the plant and the tap.",
        "recommendations": (
            ("Divide the network into metered blocks", "District metering shows where water is lost and where "
             "to replace pipes first."),
            ("Monitor water quality up to the tap", "Publish test results so that residents trust tap water."),
        ),
        "milestones": ("District meters installed in the pilot zone", "Leak-detection team trained and working"),
    },
    "environment": {
        "findings": "Waste and emissions data are incomplete; households have no incentive to reduce or separate "
        "waste, and public buildings waste energy.",
        "recommendations": (
            ("Charge for waste by volume", "A bag-based fee with free recycling gives households a reason to "
             "separate waste."),
            ("Start with public buildings", "Retrofit city buildings first and publish the savings."),
        ),
        "milestones": ("Pilot district collection in service", "Monitoring of results started"),
    },
    "smart_city": {
        "findings": "Departments run separate systems and keep their data; citizens cannot follow their "
        "applications and complaints are not tracked.",
        "recommendations": (
            ("Publish procedures and their status online", "Let citizens follow each application step by step, "
             "as Seoul's OPEN system does."),
            ("One channel for complaints with published response times", "Route every complaint to one system "
             "and report how long each department takes."),
        ),
        "milestones": ("First online services launched", "Complaint system in service"),
    },
    "urban_planning": {
        "findings": "The master plan is outdated and was drafted without residents; planners lack training in "
        "land management and infrastructure planning.",
        "recommendations": (
            ("Draft the plan with a citizens' panel", "Invite a representative panel of residents to set the "
             "plan's key issues, as in the 2030 Seoul Plan."),
            ("Train planners on the job", "Pair city planners with Seoul experts during the plan's preparation."),
        ),
        "milestones": ("Citizens' panel held", "Plan adopted by the council"),
    },
    "housing": {
        "findings": "Informal settlements are growing; the city owns land but has no agency or financial model "
        "for rental housing.",
        "recommendations": (
            ("Set up a city housing agency", "A public developer like SH Corporation can build and manage rental "
             "homes."),
            ("Start with a mixed-income pilot", "Combine rental and affordable homes on city land."),
        ),
        "milestones": ("Housing agency set up", "Pilot project tendered"),
    },
    "safety": {
        "findings": "Warnings reach residents late; departments do not share a picture of the situation during "
        "emergencies and public buildings have not been assessed.",
        "recommendations": (
            ("Open a situation room", "One room where departments, districts and the fire service follow "
             "emergencies together."),
            ("Assess and retrofit critical buildings", "Start with schools and shelters."),
        ),
        "milestones": ("Warning sensors installed", "Situation room in operation"),
    },
    "welfare": {
        "findings": "Households at risk do not apply for support; social workers wait in offices and data on "
        "needs is scattered.",
        "recommendations": (
            ("Set local welfare standards with residents", "Define minimum standards the city commits to, as in "
             "the Seoul Welfare Standards."),
            ("Visit households instead of waiting", "Neighbourhood teams of welfare planners and nurses."),
        ),
        "milestones": ("Welfare standards adopted", "Visiting teams at work in the pilot districts"),
    },
    "culture": {
        "findings": "Heritage sites are poorly connected and signposted; visitors stay for a day and spend "
        "little in the city.",
        "recommendations": (
            ("Link the sites with a walking trail", "A signposted trail with information points, like the "
             "Seoul City Wall trail."),
            ("Hold a seasonal festival", "A yearly event brings visitors in the low season."),
        ),
        "milestones": ("Trail signposted", "First festival held"),
    },
    "economy": {
        "findings": "Small businesses lack collateral and residents have no say in local investment decisions.",
        "recommendations": (
            ("Guarantee small-business loans", "A city-backed guarantee fund lets banks lend without collateral."),
            ("Let residents choose projects", "Set aside part of the budget for projects residents propose and "
             "vote on."),
        ),
        "milestones": ("Fund or process set up", "First round completed"),
    },
}  # fmt: skip

CITY_MESSAGES = {
    "en": {
        "submitted": "We have submitted our request. Our team is ready to answer any questions and to share data.",
        "answer": "Here are the figures you asked for. The council also confirmed that we can co-finance part of "
        "the work.",
        "visit": "We are looking forward to the visit. The departments concerned will meet the experts on the "
        "first day.",
        "thanks": "Thank you for the recommendations; we discussed them with the mayor's office and agree.",
    },
    "es": {
        "submitted": "Hemos enviado nuestra solicitud. Nuestro equipo está disponible para responder preguntas y "
        "compartir datos.",
        "answer": "Les enviamos las cifras solicitadas. El concejo confirmó que podemos cofinanciar parte del trabajo.",
        "visit": "Esperamos la visita con interés. Las gerencias involucradas se reunirán con los expertos el "
        "primer día.",
        "thanks": "Gracias por las recomendaciones; las revisamos con la alcaldía y estamos de acuerdo.",
    },
}
STAFF_MESSAGES = {
    "question": "Thank you for your request. To complete the screening, could you send the latest figures on the "
    "challenge and tell us how much of the work the city can finance?",
    "welcome": "Your request was accepted. The task force will contact you shortly with a list of documents.",
    "visit": "The site visit is planned. Please arrange meetings with the departments concerned and visits to the "
    "sites.",
    "recommendations": "The recommendations are in the portal. Please review them and acknowledge them when you agree.",
}
INTERNAL_NOTES = (
    "Good fit with the Seoul policy module; the city's commitment looks strong.",
    "The city council approves the budget in March: plan the site visit after that.",
    "Ask the funding partners early: this case will need co-financing.",
)
