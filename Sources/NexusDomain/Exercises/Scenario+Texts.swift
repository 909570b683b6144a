extension Scenario: TranslatableRecord {
    public mutating func updateTexts(_ body: (String, inout TranslatableText) -> Void) {
        body("title", &title)
        body("purpose", &purpose)
        body("audience", &audience)
        body("basis", &basis)
        for o in objectives.indices {
            let name = "objectives.\(objectives[o].id)"
            body(name + ".text", &objectives[o].text)
            for t in objectives[o].criticalTasks.indices {
                body(name + ".tasks.\(objectives[o].criticalTasks[t].id)", &objectives[o].criticalTasks[t].text)
            }
        }
        for v in variables.indices { body("variables.\(variables[v].name).label", &variables[v].label) }
        for t in tailorings.indices {
            let name = "tailorings.\(tailorings[t].id)"
            body(name + ".name", &tailorings[t].name)
            for key in tailorings[t].values.keys.sorted() {
                body(name + ".values.\(key)", &tailorings[t].values[key, default: TranslatableText()])
            }
        }
        for p in phases.indices { phases[p].updateTexts(body) }
    }

    /// The languages every text is written in and current in: those the scenario can be
    /// played in without a player meeting another language.
    public var completeLanguages: [Language] {
        Language.allCases.filter { $0 == sourceLanguage || translationState(in: $0).isDone }
    }
}

extension ScenarioPhase {
    /// Calls `body` with each of the phase's texts, named under `phases.<id>`.
    mutating func updateTexts(_ body: (String, inout TranslatableText) -> Void) {
        let name = "phases.\(id)"
        body(name + ".title", &title)
        body(name + ".narrative", &narrative)
        for i in injects.indices {
            let inject = name + ".injects.\(injects[i].id)"
            body(inject + ".title", &injects[i].title)
            body(inject + ".from", &injects[i].from)
            body(inject + ".text", &injects[i].text)
        }
        for q in questions.indices { body(name + ".questions.\(questions[q].id)", &questions[q].text) }
        for v in polls.indices {
            let poll = name + ".polls.\(polls[v].id)"
            body(poll, &polls[v].question)
            for a in polls[v].options.indices { body(poll + ".options.\(polls[v].options[a].id)", &polls[v].options[a].text) }
        }
        for e in expectedActions.indices { body(name + ".expected.\(expectedActions[e].id)", &expectedActions[e].text) }
    }
}
