extension NexusCase: TranslatableRecord {
    public mutating func updateTexts(_ body: (String, inout TranslatableText) -> Void) {
        body("title", &title)
        body("summary", &summary)
        body("analysis", &analysis)
        for index in actors.indices { body("actors.\(actors[index].id).alias", &actors[index].alias) }
        for index in relationships.indices { body("relationships.\(relationships[index].id).note", &relationships[index].note) }
        for index in events.indices { body("events.\(events[index].id).text", &events[index].text) }
    }
}
