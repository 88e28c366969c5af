import FieldPlanFormats
import FieldPlanModel
import Testing

/// The CSV parser: spreadsheet habits tolerated, broken quoting located.
@Suite struct CSVParserTests {
    private func texts(_ table: CSVParser.Table) -> [[String]] { table.records.map { $0.fields.map(\.text) } }

    @Test func detectsTheSemicolonAndStripsTheByteOrderMark() throws {
        let table = try CSVParser.parse("\u{FEFF}id;name\r\na;\"x;y\"\r\n\r\n\r\n")
        #expect(table.separator == ";")
        #expect(texts(table) == [["id", "name"], ["a", "x;y"]])
    }

    @Test func commaIsTheDefaultSeparator() throws {
        let table = try CSVParser.parse("id,skills\nv1,\"gas:2;electrical:1\"\n")
        #expect(table.separator == ",")
        #expect(texts(table) == [["id", "skills"], ["v1", "gas:2;electrical:1"]])
    }

    @Test func quotedFieldsKeepQuotesAndLineBreaks() throws {
        let table = try CSVParser.parse("a,b\n\"say \"\"hi\"\"\",\"two\r\nlines\"\nlast,x")
        #expect(texts(table) == [["a", "b"], ["say \"hi\"", "two\nlines"], ["last", "x"]])
        #expect(table.records[2].line == 4)
        #expect(table.records[2].fields[1].column == 6)
    }

    @Test func emptyTrailingFieldsAreKept() throws {
        let table = try CSVParser.parse("a,b,c\n1,,\n")
        #expect(texts(table) == [["a", "b", "c"], ["1", "", ""]])
    }

    @Test func anUnclosedQuoteIsLocated() {
        #expect {
            try CSVParser.parse("a,b\n1,\"open\n2,3\n")
        } throws: { error in
            (error as? ScenarioError)?.issues.map(\.location) == ["line 2, column 3"]
        }
    }

    @Test func textAfterAClosingQuoteIsLocated() {
        #expect {
            try CSVParser.parse("a,b\n\"x\"y,2\n")
        } throws: { error in
            (error as? ScenarioError)?.issues.first?.location == "line 2, column 4"
        }
    }
}
